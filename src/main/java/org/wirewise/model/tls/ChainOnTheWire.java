package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * The certificate lesson's chain sent for real: a client and a web server on one cable run TCP and
 * a TLS 1.3 handshake in which the server's Certificate message carries the faulty chain, and the
 * client checks it with the same validator and, when it fails, sends its alert on the wire. The
 * frames and the client's key log come back for the trace, so the exported capture decrypts.
 */
final class ChainOnTheWire {

    /** One frame as it crossed the cable. */
    record Frame(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    /**
     * @param certificateAt when the client took in the server's Certificate message
     * @param endAt         when it sent its alert, or finished the handshake
     * @param alert         the alert it sent, or null when it accepted the chain
     */
    record Result(List<Frame> frames, List<SessionSecret> keyLog, long certificateAt, long endAt, AlertDescription alert) {
    }

    static final String CLIENT_IP = "192.0.2.10";
    static final String SERVER_IP = "192.0.2.80";
    /** A nearby server: 20 ms there and back. */
    private static final double ONE_WAY_MS = 10;

    private ChainOnTheWire() {
    }

    static Result run(LessonServer identity, ChainFault fault, long seed) {
        Network net = new Network(seed);
        HostNode client = net.host("client");
        HostNode server = net.host("server");
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), CLIENT_IP + "/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), SERVER_IP + "/24");
        net.connect(client.iface("eth0"), server.iface("eth0"), Cable.Spec.of(100, ONE_WAY_MS));
        List<Frame> frames = new ArrayList<>();
        net.observe(t -> record(t, server, frames));
        TcpConfig config = TlsHandshakeSimulator.LINUX;
        TcpStack.on(server).listen(443, config.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted -> {
            TlsServer tls = new TlsServer(identity.identity(), new SeededSecureRandom(net.stream("tls server")));
            TlsSocket.server(accepted, tls, secret -> { });
        });
        TcpStack tcp = TcpStack.on(client);
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), config, TcpTuning.DEFAULTS);
        TlsClient tls = new TlsClient(identity.chain().host(), identity.clientCheck(),
                new SeededSecureRandom(net.stream("tls client")));
        List<SessionSecret> keyLog = new ArrayList<>();
        long[] times = {-1, -1};
        AlertDescription[] alert = {null};
        TlsSocket tlsSocket = TlsSocket.client(socket, tls, keyLog::add);
        tlsSocket.onEvent(e -> {
            if (e.kind() == TlsEvent.Kind.RECEIVED && e.name().equals(HandshakeType.CERTIFICATE.rfcName())) {
                times[0] = net.now();
            }
        });
        tlsSocket.onEstablished(() -> times[1] = net.now());
        tlsSocket.onFailure(a -> {
            alert[0] = a;
            times[1] = net.now();
        });
        socket.connect(Host.literal(SERVER_IP), 443);
        net.simulation().runUntil(SimTime.seconds(5));
        if (times[1] < 0) {
            throw new IllegalStateException("the handshake for " + fault + " did not reach the certificate check");
        }
        // A chain the client refuses is refused as it arrives: the alert goes out at once.
        return new Result(frames, keyLog, alert[0] == null ? times[0] : times[1], times[1], alert[0]);
    }

    /** IPv4 frames only: the ARP before them says nothing about certificates. */
    private static void record(Transmission t, HostNode server, List<Frame> frames) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() != EtherType.IPV4) {
            return;
        }
        frames.add(new Frame(t.to().node() == server, t.start(), t.arrival(), t.fate(), t.packet().frame()));
    }
}
