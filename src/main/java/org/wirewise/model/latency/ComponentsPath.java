package org.wirewise.model.latency;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.sim.SimTime;

/**
 * The latency lesson's network, run once: sender, router A, a long-haul fibre, router B, receiver,
 * and cross traffic joining at router A for the long-haul link. It records when each packet was
 * offered to a link (after the node's processing) and every transmission, so each delay of the
 * probe can be read off the run: processing, queuing, transmission and propagation per hop.
 */
final class ComponentsPath {

    static final String SENDER = "sender";
    static final String ROUTER_A = "router-a";
    static final String ROUTER_B = "router-b";
    static final String RECEIVER = "receiver";
    static final String CROSS = "cross";
    /** Each access link: a kilometre of fibre to the nearest router. */
    static final double ACCESS_KM = 1;
    /** Ethernet's FCS (4), preamble and delimiter (8) and inter-frame gap (12): on the wire, not in a capture. */
    static final int FRAMING = 24;
    static final int ETHERNET_HEADER = 14;
    static final int UDP_IP_HEADERS = 28;
    static final int PORT = 5001;
    private static final InetAddress RECEIVER_IP = Host.literal("198.51.100.20");
    private static final InetAddress ROUTER_B_WAN = Host.literal("203.0.113.2");

    /** One transmission with the time its packet was offered to the link (queue wait = start − offered). */
    record Hop(Transmission transmission, long offered, long propagation) {
        long queuing() {
            return transmission.start() - offered;
        }

        long transmissionDelay() {
            return transmission.arrival() - transmission.start() - propagation;
        }
    }

    private final ComponentsScenario s;
    private final Map<Packet, Long> offered = new IdentityHashMap<>();
    private final List<Transmission> seen = new ArrayList<>();
    private Packet probe;
    private long probeSent;
    final long accessBps;
    final long linkBps;
    final long accessPropagation;
    final long longHaulPropagation;

    ComponentsPath(ComponentsScenario s) {
        this.s = s;
        this.accessBps = Math.round(s.accessMbps() * 1_000_000);
        this.linkBps = Math.round(s.linkMbps() * 1_000_000);
        this.accessPropagation = Fibre.propagation(ACCESS_KM);
        this.longHaulPropagation = Fibre.propagation(s.distanceKm());
    }

    /** Time the long-haul link takes to send one cross-traffic frame: the queue's service time. */
    long crossService() {
        return SimTime.serialization(crossWireBytes(), linkBps);
    }

    static int crossWireBytes() {
        return CrossTraffic.PACKET_BYTES + ETHERNET_HEADER + FRAMING;
    }

    void run() {
        Network net = new Network(s.seed());
        RandomGenerator ipIds = net.stream("ip-id");
        net.ipIdStarts(node -> ipIds.nextInt(65536));
        long processing = Math.round(s.processingUs() * SimTime.MICROSECOND);
        HostNode sender = net.host(SENDER);
        sender.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        sender.gateway("192.0.2.1");
        ProcessingRouter a = ProcessingRouter.on(net, ROUTER_A, processing);
        a.addInterface("lan", MacAddress.of("02:00:00:00:01:01")).address("192.0.2.1/24");
        a.addInterface("wan", MacAddress.of("02:00:00:00:01:02")).address("203.0.113.1/30");
        a.addInterface("peer", MacAddress.of("02:00:00:00:01:03")).address("198.18.0.1/24");
        ProcessingRouter b = ProcessingRouter.on(net, ROUTER_B, processing);
        b.addInterface("wan", MacAddress.of("02:00:00:00:02:02")).address("203.0.113.2/30");
        b.addInterface("lan", MacAddress.of("02:00:00:00:02:01")).address("198.51.100.1/24");
        a.route("198.51.100.0/24", "203.0.113.2");
        b.route("192.0.2.0/24", "203.0.113.1");
        HostNode receiver = net.host(RECEIVER);
        receiver.addInterface("eth0", MacAddress.of("02:00:00:00:00:14"), "198.51.100.20/24");
        receiver.gateway("198.51.100.1");
        HostNode cross = net.host(CROSS);
        cross.addInterface("eth0", MacAddress.of("02:00:00:00:00:1e"), "198.18.0.10/24");
        cross.gateway("198.18.0.1");
        int queue = 100_000; // deep enough that no packet is dropped below a load of 1: this lesson is about delay
        Cable.Spec access = new Cable.Spec(accessBps, accessPropagation, queue, LossModel.NONE).framing(FRAMING);
        net.connect(sender.iface("eth0"), a.iface("lan"), access);
        net.connect(a.iface("wan"), b.iface("wan"),
                new Cable.Spec(linkBps, longHaulPropagation, queue, LossModel.NONE).framing(FRAMING));
        net.connect(b.iface("lan"), receiver.iface("eth0"), access);
        // Cross traffic stands for many senders behind router A: it reaches the router's queue as drawn.
        net.connect(cross.iface("eth0"), a.iface("peer"), Cable.Spec.delayOnly(0));
        net.onSend((node, packet) -> offered.put(packet, net.now()));
        net.observe(seen::add);
        receiver.udp().bind(PORT);
        UdpSocket crossSocket = cross.udp().bind(PORT);
        long[] arrivals = s.load() > 0 && s.crossPackets() > 0
                ? CrossTraffic.arrivals(net.stream("cross-traffic"), s.crossPackets(),
                        CrossTraffic.meanGap(s.load(), crossService()))
                : new long[0];
        byte[] crossPayload = new byte[CrossTraffic.PACKET_BYTES - UDP_IP_HEADERS];
        for (long at : arrivals) {
            net.simulation().at(at, () -> crossSocket.sendTo(ROUTER_B_WAN, PORT, crossPayload));
        }
        // The probe leaves in the middle of the run, once the queue has had time to settle.
        probeSent = arrivals.length < 2 ? 0 : (arrivals[arrivals.length / 2 - 1] + arrivals[arrivals.length / 2]) / 2;
        UdpSocket probeSocket = sender.udp().bind(40000);
        byte[] payload = new byte[s.packetBytes() - UDP_IP_HEADERS];
        net.simulation().at(probeSent, () -> probe = probeSocket.sendTo(RECEIVER_IP, PORT, payload).orElseThrow());
        net.simulation().run();
    }

    long probeSent() {
        return probeSent;
    }

    /** The probe's three hops: sender to router A, the long haul, router B to the receiver. */
    List<Hop> probeHops() {
        List<Hop> hops = new ArrayList<>();
        for (Transmission t : seen) {
            if (root(t.packet()) == probe) {
                long propagation = t.from().node().name().equals(ROUTER_A) ? longHaulPropagation : accessPropagation;
                hops.add(new Hop(t, offered.get(t.packet()), propagation));
            }
        }
        return hops;
    }

    /** Cross-traffic packets on the long-haul link, in the order they were sent. */
    List<Hop> crossOnLongHaul() {
        List<Hop> hops = new ArrayList<>();
        for (Transmission t : seen) {
            if (t.from().node().name().equals(ROUTER_A) && root(t.packet()) != probe) {
                hops.add(new Hop(t, offered.get(t.packet()), longHaulPropagation));
            }
        }
        return hops;
    }

    private static Packet root(Packet p) {
        Packet r = p;
        while (r.cause() != null) {
            r = r.cause();
        }
        return r;
    }
}
