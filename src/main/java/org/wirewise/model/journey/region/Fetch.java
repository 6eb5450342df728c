package org.wirewise.model.journey.region;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.util.function.Consumer;
import org.wirewise.model.lb.HttpHead;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * One HTTP/1.1 request on a new TCP connection with a deadline, as a browser, a health checker or an
 * app server calling another region sends it: connect, send once established, read the whole
 * response, close. A connection not answered by the deadline is abandoned (close in SYN-SENT drops
 * it, RFC 9293 §3.10.4) and reported as failed.
 */
final class Fetch {

    /**
     * How it went.
     *
     * @param ok           a whole response arrived before the deadline
     * @param started      when the SYN left
     * @param handshakeRtt SYN sent to SYN-ACK read (the connection's first round trip), or -1 without one
     * @param finished     when the response was read, or the deadline
     * @param response     the response's bytes (empty when it failed)
     */
    record Result(boolean ok, long started, long handshakeRtt, long finished, byte[] response) {
        long duration() {
            return finished - started;
        }
    }

    private Fetch() {
    }

    static void send(HostNode host, InetAddress server, byte[] request, long deadline, Consumer<Result> then) {
        Simulation sim = host.network().simulation();
        TcpStack tcp = TcpStack.of(host);
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), RegionNetwork.TCP, TcpTuning.DEFAULTS);
        long started = sim.now();
        long[] handshake = {-1};
        boolean[] over = new boolean[1];
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        socket.onConnected(() -> {
            handshake[0] = sim.now() - started;
            socket.write(request);
        }).onData(bytes -> {
            received.writeBytes(bytes);
            if (!over[0] && HttpHead.complete(received.toByteArray()).isPresent()) {
                over[0] = true;
                socket.close();
                then.accept(new Result(true, started, handshake[0], sim.now(), received.toByteArray()));
            }
        });
        socket.connect(server, RegionNetwork.PORT);
        sim.schedule(deadline, () -> {
            if (!over[0]) {
                over[0] = true;
                if (handshake[0] < 0) {
                    socket.close(); // still in SYN-SENT: forgotten at once; an open one would FIN into the void
                }
                then.accept(new Result(false, started, handshake[0], sim.now(), new byte[0]));
            }
        });
    }
}
