package org.wirewise.model.transport;

import java.net.InetAddress;

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

    TcpSocket(TcpStack stack, int localPort) {
        this.stack = stack;
        this.localPort = localPort;
    }

    void attach(TcpEndpoint endpoint) {
        this.endpoint = endpoint;
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
