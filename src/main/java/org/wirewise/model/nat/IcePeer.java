package org.wirewise.model.nat;

import java.util.function.BiConsumer;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.net.UdpSocket;

/**
 * An ICE agent's one UDP socket on a peer (one component, one local candidate port): what it sends
 * and when is the lesson's script; what arrives goes to the script's handler.
 */
final class IcePeer extends Process {

    private final int port;
    private final BiConsumer<IcePeer, UdpSocket.Received> handler;
    private UdpSocket socket;

    IcePeer(HostNode host, int port, BiConsumer<IcePeer, UdpSocket.Received> handler) {
        super(host, "ice-agent");
        this.port = port;
        this.handler = handler;
    }

    @Override
    protected void onStart() {
        socket = udp(port);
        socket.onReceive(r -> handler.accept(this, r));
    }

    void send(Endpoint to, byte[] payload) {
        TurnServer.send(socket, to, payload);
    }

    /** Runs {@code action} {@code delay} from now (an ICE pacing timer). */
    void later(long delay, Runnable action) {
        after(delay, action);
    }
}
