package org.wirewise.model.transport;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.util.List;

/**
 * A TCP socket on a network host: an endpoint and the addresses its segments travel between.
 * A listener learns its peer's address from the first segment it takes.
 */
public final class TcpSocket {

    private final TcpStack stack;
    private final int localPort;
    private TcpEndpoint endpoint;
    private InetAddress localAddress;
    private InetAddress remoteAddress;
    private Runnable connected;
    private java.util.function.Consumer<byte[]> reader;
    private Runnable peerClosed;
    private boolean peerClosedTold;
    private int readsSeen;

    TcpSocket(TcpStack stack, int localPort) {
        this.stack = stack;
        this.localPort = localPort;
    }

    void attach(TcpEndpoint endpoint) {
        this.endpoint = endpoint;
        endpoint.observe(this::event);
    }

    /**
     * The application's side of the socket, as a program with a read loop sees it: told when the
     * connection is up, handed each run of bytes as it becomes readable (reading it, so the window
     * reopens), and told when the peer has closed its half. Reads happen just after the segment
     * that brought the bytes is processed, as a woken reader would run.
     */
    public TcpSocket onConnected(Runnable action) {
        this.connected = java.util.Objects.requireNonNull(action);
        if (endpoint.state() == TcpState.ESTABLISHED) {
            stack.host().network().simulation().schedule(0, action); // an accepted socket is already up
        }
        return this;
    }

    /** Reads what arrives, as it arrives; see {@link #onConnected}. */
    public TcpSocket onData(java.util.function.Consumer<byte[]> reader) {
        this.reader = java.util.Objects.requireNonNull(reader);
        if (endpoint.readableBytes() > 0 || endpoint.deliveredBytes() > 0) {
            readSoon(); // bytes that came with the handshake's last ACK wait for the accepted socket's first read
        }
        return this;
    }

    /** Told when the peer's FIN has arrived (read() would return end of stream). */
    public TcpSocket onPeerClosed(Runnable action) {
        this.peerClosed = java.util.Objects.requireNonNull(action);
        return this;
    }

    /** Writes to the send buffer (RFC 9293 §3.10.2); how many bytes it took. */
    public int write(byte[] data) {
        return endpoint.send(data);
    }

    /** Closes this side (RFC 9293 §3.10.4): the FIN follows the data queued. */
    public void close() {
        endpoint.close();
    }

    private void readSoon() {
        stack.host().network().simulation().schedule(0, () -> {
            endpoint.read(Long.MAX_VALUE); // an auto-reading endpoint (TcpTuning.autoRead) has read already
            List<byte[]> reads = endpoint.deliveredFrom(readsSeen);
            readsSeen += reads.size();
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            reads.forEach(joined::writeBytes);
            if (joined.size() > 0) {
                reader.accept(joined.toByteArray());
            }
        });
    }

    private void event(TcpEvent e) {
        if (e.kind() == TcpEvent.Kind.DELIVERED && reader != null) {
            readSoon();
        } else if (e.kind() == TcpEvent.Kind.STATE) {
            TcpState now = TcpState.values()[(int) e.value()];
            if (now == TcpState.ESTABLISHED && connected != null) {
                // after the segment that completed the handshake is fully processed, as a woken connect() returns
                stack.host().network().simulation().schedule(0, connected);
            } else if ((now == TcpState.CLOSE_WAIT || now == TcpState.CLOSING || now == TcpState.TIME_WAIT)
                    && peerClosed != null && !peerClosedTold) {
                peerClosedTold = true;
                peerClosed.run();
            }
        }
    }

    public TcpEndpoint endpoint() {
        return endpoint;
    }

    public int localPort() {
        return localPort;
    }

    /** The peer's address, or null before a connect or a listener's first segment. */
    public InetAddress remoteAddress() {
        return remoteAddress;
    }

    public InetAddress localAddress() {
        return localAddress;
    }

    /** Active open (RFC 9293 §3.10.1) towards {@code address}:{@code port}. */
    public void connect(InetAddress address, int port) {
        setPeer(address);
        endpoint.connect(port);
    }

    /**
     * Fixes the peer before the endpoint is driven directly ({@code endpoint().connect(port)}), as a
     * lesson rig that owns both ends does.
     */
    public void setPeer(InetAddress address) {
        remoteAddress = address;
        localAddress = stack.host().sourceFor(address).orElseThrow(() -> new IllegalStateException(
                stack.host().name() + " has no route to " + address.getHostAddress()));
    }

    /** Passive open. */
    public void listen() {
        endpoint.listen();
    }

    void receive(InetAddress source, InetAddress destination, org.wirewise.model.packet.TcpSegment segment) {
        if (remoteAddress == null) {
            remoteAddress = source;
            localAddress = destination;
        }
        endpoint.receive(segment);
    }

    void transmit(org.wirewise.model.packet.TcpSegment segment) {
        if (remoteAddress == null) {
            throw new IllegalStateException("socket on port " + localPort + " sends before it has a peer");
        }
        stack.send(localAddress, remoteAddress, segment);
    }
}
