package org.wirewise.model.lb;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.tcp.TcpEvent;
import org.wirewise.model.tcp.TcpSocket;
import org.wirewise.model.tcp.TcpState;

/**
 * What an application sees of a TCP socket: the connection opening, the bytes that have arrived
 * so far (with the packet that carried the last of them) and the peer closing. The endpoint
 * reports from inside its segment processing, so each report reaches the application a moment
 * later (a zero-delay event), as a read() returns after the kernel has finished with the segment.
 */
public final class Connection {

    /** What the application does when something happens on its connection. */
    public interface Handler {
        default void opened(Connection c) {
        }

        /** {@code received} is every byte read so far; {@code carrier} the packet with the last of them. */
        default void data(Connection c, byte[] received, Packet carrier) {
        }

        default void peerClosed(Connection c) {
        }
    }

    private final TcpSocket socket;
    private final Network network;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Handler handler;
    private int chunksRead;

    public Connection(TcpSocket socket, Network network, Handler handler) {
        this.socket = Objects.requireNonNull(socket);
        this.network = network;
        this.handler = Objects.requireNonNull(handler);
        socket.endpoint().setListener(this::event);
    }

    public TcpSocket socket() {
        return socket;
    }

    public void setHandler(Handler handler) {
        this.handler = Objects.requireNonNull(handler);
    }

    /** Writes bytes to the connection (SEND). */
    public void write(byte[] bytes) {
        socket.endpoint().send(bytes);
    }

    /** No more bytes from this side (CLOSE), unless already closing. */
    public void close() {
        TcpState s = socket.endpoint().state();
        if (s == TcpState.ESTABLISHED || s == TcpState.CLOSE_WAIT || s == TcpState.SYN_RECEIVED) {
            socket.endpoint().close();
        }
    }

    private void event(TcpEvent e) {
        if (e.kind() == TcpEvent.Kind.DELIVERED) {
            Packet carrier = network.delivering();
            network.simulation().schedule(0, () -> read(carrier));
        } else if (e.kind() == TcpEvent.Kind.STATE) {
            TcpState now = socket.endpoint().state();
            if (now == TcpState.ESTABLISHED) {
                network.simulation().schedule(0, () -> handler.opened(this));
            } else if (now == TcpState.CLOSE_WAIT) {
                network.simulation().schedule(0, () -> handler.peerClosed(this));
            }
        }
    }

    private void read(Packet carrier) {
        var chunks = socket.endpoint().delivered();
        if (chunks.size() == chunksRead) {
            return;
        }
        for (; chunksRead < chunks.size(); chunksRead++) {
            received.writeBytes(chunks.get(chunksRead));
        }
        handler.data(this, received.toByteArray(), carrier);
    }
}
