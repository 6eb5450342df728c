package org.wirewise.model.quic;

import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.tls.TlsServer;

/**
 * A QUIC server on a UDP port: datagrams go to the connection their Destination Connection ID
 * names (RFC 9000 §5.2), so a client that changed address still finds its connection; an
 * Initial for an unknown ID of a datagram of 1200 bytes or more starts a new connection.
 */
public final class QuicListener {

    private final Simulation sim;
    private final UdpSocket socket;
    private final Map<String, QuicSocket> byId = new HashMap<>();
    private int accepted;

    private QuicListener(Simulation sim, UdpSocket socket) {
        this.sim = sim;
        this.socket = socket;
    }

    /** Listens on {@code port}; {@code tls} makes each connection's TLS server, {@code accepted} sees each new connection. */
    public static QuicListener on(Simulation sim, HostNode host, int port, Supplier<TlsServer> tls, String alpn, Consumer<QuicSocket> accepted) {
        QuicListener l = new QuicListener(sim, host.udp().bind(port));
        l.socket.onReceive(r -> {
            QuicConnection.Peer from = new QuicConnection.Peer(r.source(), r.sourcePort());
            byte[] d = r.payload();
            var packets = PacketCodec.split(d, QuicConnection.CID_LENGTH);
            if (packets.isEmpty()) {
                return;
            }
            String id = HexFormat.of().formatHex(packets.get(0).dcid());
            QuicSocket s = l.byId.get(id);
            if (s == null) {
                // each connection draws its own IDs: the first from "quic-server", later ones from a stream named after their rank
                String purpose = l.accepted == 0 ? "quic-server" : "quic-server-" + l.accepted;
                s = QuicConnection.accept(d, from, tls.get(), alpn, sim.randomStream(purpose)).map(c -> new QuicSocket(sim, c, l.socket)).orElse(null);
                if (s == null) {
                    return;
                }
                l.accepted++;
                l.byId.put(id, s);
                accepted.accept(s);
            }
            s.received(d, from);
            for (byte[] cid : s.connection().localConnectionIds()) {
                l.byId.putIfAbsent(HexFormat.of().formatHex(cid), s);
            }
        });
        return l;
    }
}
