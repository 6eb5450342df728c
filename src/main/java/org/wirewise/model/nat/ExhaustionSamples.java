package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.TraceBuilder;

/**
 * nat-exhaustion's sample SYNs on a real network: a clients host (one address per sample client)
 * on the LAN port of a {@link NatNode}, the API server behind its outside port 20 ms away. The
 * first SYN gets a mapping from the NAT's own allocation; at the moment the fluid model runs out,
 * its count of ports in use is held on the NAT ({@link Nat#hold}) and the next SYN finds no port,
 * so the NAT drops it. The diagram's packets, bytes and times are what this network did.
 */
final class ExhaustionSamples {

    /** A sample the lesson shows: the trace packet a step points at and when the NAT decided. */
    record Sample(int packet, long decidedAt) {
    }

    private static final long WAN = SimTime.millis(20);
    private static final String NAT_ADDRESS = "203.0.113.";

    private final TraceBuilder trace;
    private final List<Sample> samples = new ArrayList<>();

    private ExhaustionSamples(TraceBuilder trace) {
        this.trace = trace;
    }

    /**
     * Runs the samples: one SYN at 0, and when {@code failAt} (seconds) is positive one at that
     * moment with {@code held} ports taken towards {@code server} until {@code heldUntil}.
     */
    static List<Sample> run(TraceBuilder trace, NatExhaustionScenario s, Endpoint server, double failAt, long held,
                            long heldUntil) {
        ExhaustionSamples samples = new ExhaustionSamples(trace);
        samples.simulate(s, server, failAt, held, heldUntil);
        return samples.samples;
    }

    private void simulate(NatExhaustionScenario s, Endpoint server, double failAt, long held, long heldUntil) {
        Network network = new Network(s.seed());
        RandomGenerator random = network.stream("client-port");
        RandomGenerator ipIds = network.stream("ip-id");
        network.ipIdStarts(node -> ipIds.nextInt(65536));
        NatStage stage = new NatStage(trace, ipIds);
        for (String lane : List.of(NatExhaustionSimulator.CLIENTS, NatExhaustionSimulator.NAT,
                NatExhaustionSimulator.SERVER)) {
            stage.mac(lane); // in the order the lesson's packets first name them
        }
        List<java.net.Inet4Address> pool = new ArrayList<>();
        for (int i = 1; i <= s.publicAddresses(); i++) {
            pool.add(Endpoint.of(NAT_ADDRESS + i, 1).address());
        }
        // Linux-like: keeps the client's port when the 5-tuple stays unique (RFC 4787 §4.1 port preservation).
        Nat nat = new Nat(pool, new NatBehaviour(Mapping.ADDRESS_AND_PORT_DEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, true), 1024, 65535, 1024, SimTime.seconds(120),
                SimTime.seconds(7440));
        NatNode natNode = NatNode.on(network, NatExhaustionSimulator.NAT, nat);
        NetInterface lan = natNode.addInterface("lan", stage.mac(NatExhaustionSimulator.NAT)).address("10.0.0.1/16");
        HostNode clients = network.host(NatExhaustionSimulator.CLIENTS);
        NetInterface eth0 = clients.addInterface("eth0", stage.mac(NatExhaustionSimulator.CLIENTS));
        List<Client> sample = new ArrayList<>();
        for (int i = 0; i < (failAt > 0 ? 2 : 1); i++) {
            Client c = Client.draw(random);
            sample.add(c);
            eth0.address(c.at.ip() + "/16"); // the clients host answers for each sample client's address
        }
        clients.gateway("10.0.0.1");
        network.connect(eth0, lan, org.wirewise.model.net.Cable.Spec.delayOnly(NatTableSimulator.LAN));
        stage.outsideHost(natNode, NatExhaustionSimulator.SERVER, server, NAT_ADDRESS + 1, WAN);
        natNode.setListener(new NatNode.Listener() {
            @Override
            public void outbound(Nat.Outbound result, Packet in, Packet out) {
                samples.add(new Sample(out.traceId(), network.now()));
            }

            @Override
            public void exhausted(Packet in) {
                trace.relabel(in.traceId(), in.label() + " ✗ no port");
                samples.add(new Sample(in.traceId(), network.now()));
            }
        });
        network.onSend((node, p) -> p.setLabel("SYN from " + Translation.source(p.frame())));
        network.observe(t -> t.packet().setTraceId(trace.packet(t.from().node().name(), t.to().node().name(),
                t.start(), t.arrival(), t.fate(), t.packet().label(), t.packet().frame())));
        network.simulation().at(0, () -> sample.get(0).syn(clients, server));
        if (failAt > 0) {
            network.simulation().at(SimTime.seconds(failAt), () -> {
                nat.hold(Transport.TCP, server, held, heldUntil);
                sample.get(1).syn(clients, server);
            });
        }
        network.simulation().run();
    }

    /** A client of the fleet: its address and ephemeral port, and the ISN of its SYN (seeded). */
    private record Client(Endpoint at, long isn) {
        static Client draw(RandomGenerator random) {
            Endpoint client = Endpoint.of("10.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255),
                    32768 + random.nextInt(28232));
            return new Client(client, random.nextLong() & 0xFFFF_FFFFL);
        }

        void syn(HostNode clients, Endpoint server) {
            clients.sendIp(at.address(), server.address(), IpProtocol.TCP,
                    NatStage.segment(at, server, isn, 0, TcpFlags.SYN).encode(at.address(), server.address()));
        }
    }
}
