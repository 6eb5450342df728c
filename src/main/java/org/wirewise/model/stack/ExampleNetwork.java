package org.wirewise.model.stack;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * The stack chapter's example traffic, run on a network rather than typed in: a client on a
 * switched LAN with its resolver and gateway, a web server behind the gateway. The client pings
 * the server (so first ARPs for its gateway), asks the resolver for www.example.com (ARPing for
 * it too), fetches / over TCP, then sends the same request in a TLS record to port 443. Every
 * frame on the client's cable is kept, and the GET as the router sends it on.
 *
 * <p>The examples have no scenario seed: every learner sees the same frames, so the network's
 * streams (ISNs, ephemeral ports, IP identifications) start from one fixed seed.
 */
final class ExampleNetwork {

    /** The kinds of frame the OSI lesson and the quiz point at. */
    enum Kind { ARP, ICMP, DNS, HTTP, TLS }

    /** What ran: every transmission on the client's cable, the example of each kind, the routed GET. */
    record Run(List<Transmission> clientWire, Map<Kind, Transmission> examples, Transmission routedGet) {
    }

    static final long SEED = 1;
    static final InetAddress CLIENT = Host.literal("192.0.2.10");
    static final InetAddress SERVER = Host.literal("198.51.100.80");
    static final InetAddress RESOLVER = Host.literal("192.0.2.53");
    /** Windows ping's 32 data bytes. */
    static final byte[] PING_DATA = "abcdefghijklmnopqrstuvwabcdefghi".getBytes(StandardCharsets.US_ASCII);
    private static final long DNS_AT = SimTime.millis(100);
    private static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    private static final class Holder {
        static final Run RUN = new ExampleNetwork().run();
    }

    private final Network net = new Network(SEED);
    private final HostNode client = net.host("client");
    private final HostNode resolver = net.host("resolver");
    private final HostNode server = net.host("server");
    private final RouterNode gateway = net.router("gateway");
    private final List<Transmission> clientWire = new ArrayList<>();
    private final List<Transmission> serverWire = new ArrayList<>();

    /** The one run every caller shares: the same fixed network gives the same frames each time. */
    static Run shared() {
        return Holder.RUN;
    }

    private ExampleNetwork() {
        SwitchNode sw = net.switchNode("switch");
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        resolver.addInterface("eth0", MacAddress.of("02:00:00:00:00:35"), "192.0.2.53/24");
        gateway.addInterface("eth0", MacAddress.of("02:00:00:00:01:01")).address("192.0.2.1/24");
        gateway.addInterface("eth1", MacAddress.of("02:00:00:00:02:01")).address("198.51.100.1/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), "198.51.100.80/24");
        client.gateway("192.0.2.1");
        resolver.gateway("192.0.2.1");
        server.gateway("198.51.100.1");
        for (String port : List.of("p1", "p2", "p3")) {
            sw.addInterface(port, MacAddress.of("02:00:00:00:03:0" + port.charAt(1)));
        }
        Cable.Spec lan = Cable.Spec.of(1000, 0.05);
        net.connect(client.iface("eth0"), sw.iface("p1"), lan);
        net.connect(resolver.iface("eth0"), sw.iface("p2"), lan);
        net.connect(gateway.iface("eth0"), sw.iface("p3"), lan);
        net.connect(gateway.iface("eth1"), server.iface("eth0"), Cable.Spec.of(100, 10));
        net.resolveWithArp();
        net.observe(t -> {
            if (t.from().node() == client || t.to().node() == client) {
                clientWire.add(t);
            } else if (t.to().node() == server) {
                serverWire.add(t);
            }
        });
    }

    private Run run() {
        UdpSocket dns = resolver.udp().bind(53);
        dns.onReceive(q -> dns.sendTo(q.source(), q.sourcePort(), ExampleDns.answer(q.payload(), SERVER)));
        TcpStack web = TcpStack.on(server);
        web.listen(80, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, s -> s.onData(request -> {
            s.write(ExampleDns.ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n"
                    + "<h1>Hi!</h1>\n"));
            s.close();
        }));
        web.listen(443, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, s -> s.onData(r -> { }));
        TcpStack tcp = TcpStack.on(client);

        client.ping(SERVER, 1, 1, PING_DATA);
        UdpSocket stub = client.udp().bind(53_124);
        stub.onReceive(answer -> {
            TcpSocket http = tcp.open(tcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
            http.onConnected(() -> http.write(request()))
                    .onData(page -> { })
                    .onPeerClosed(() -> {
                        http.close();
                        TcpSocket tls = tcp.open(tcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
                        tls.onConnected(() -> tls.write(TlsRecords.seal(request(), new SplittableRandom(443))));
                        tls.connect(SERVER, 443);
                    });
            http.connect(SERVER, 80);
        });
        net.simulation().at(DNS_AT, () -> stub.sendTo(RESOLVER, 53, ExampleDns.query(0x4d2a, "www.example.com")));
        net.simulation().runUntil(SimTime.seconds(2));

        Map<Kind, Transmission> examples = new EnumMap<>(Kind.class);
        examples.put(Kind.ARP, first(clientWire, t -> FrameKinds.arpRequest(t)));
        examples.put(Kind.ICMP, first(clientWire, t -> FrameKinds.echoRequest(t)));
        examples.put(Kind.DNS, first(clientWire, t -> FrameKinds.udpTo(t, 53)));
        examples.put(Kind.HTTP, first(clientWire, t -> FrameKinds.tcpDataTo(t, 80)));
        examples.put(Kind.TLS, first(clientWire, t -> FrameKinds.tcpDataTo(t, 443)));
        return new Run(List.copyOf(clientWire), Map.copyOf(examples),
                first(serverWire, t -> FrameKinds.tcpDataTo(t, 80)));
    }

    /** Whether a transmission left the client (else it arrived at it). */
    static boolean fromClient(Transmission t) {
        return t.from().node().name().equals("client");
    }

    private static byte[] request() {
        return new HttpRequest(HttpMethod.GET, "www.example.com", "/", List.of("Accept: */*"), "").encode();
    }

    private Transmission first(List<Transmission> wire, Predicate<Transmission> kind) {
        return wire.stream().filter(t -> t.from().node() != server).filter(kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("the example network sent no such frame"));
    }

    /** A small DNS query and answer for the examples (RFC 1035 §4.1); the DNS lessons bring a full one. */
    static final class ExampleDns {
        private ExampleDns() {
        }

        static byte[] ascii(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }

        /** A query for {@code name}, type A, class IN, recursion desired. */
        static byte[] query(int id, String name) {
            ByteArrayOutputStream q = new ByteArrayOutputStream();
            q.writeBytes(new byte[] {(byte) (id >>> 8), (byte) id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0});
            for (String label : name.split("\\.")) {
                q.write(label.length());
                q.writeBytes(ascii(label));
            }
            q.writeBytes(new byte[] {0, 0, 1, 0, 1});
            return q.toByteArray();
        }

        /** The answer to {@code query}: one A record for {@code address}, TTL 300, name by pointer to the question. */
        static byte[] answer(byte[] query, InetAddress address) {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            a.writeBytes(query);
            byte[] out = a.toByteArray();
            out[2] = (byte) 0x81; // QR, recursion desired
            out[3] = (byte) 0x80; // recursion available, no error
            out[7] = 1; // one answer
            a.reset();
            a.writeBytes(out);
            a.writeBytes(new byte[] {(byte) 0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0x01, 0x2c, 0, 4});
            a.writeBytes(address.getAddress());
            return a.toByteArray();
        }
    }
}
