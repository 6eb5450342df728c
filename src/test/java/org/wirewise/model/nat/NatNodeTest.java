package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;

/** A home router on the network: what leaves is rewritten, what comes back is let in or filtered. */
class NatNodeTest {

    private final Network net = new Network(5);
    private final HostNode laptop = net.host("laptop");
    private final HostNode server = net.host("server");
    private final NatNode router;
    private final List<String> heardByLaptop = new ArrayList<>();
    private final List<String> heardByServer = new ArrayList<>();
    private final List<String> inbound = new ArrayList<>();
    private final UdpSocket laptopSocket;

    NatNodeTest() {
        Nat nat = new Nat(List.of(Endpoint.of("203.0.113.1", 1).address()),
                new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ADDRESS_AND_PORT_DEPENDENT, true),
                1024, 65535, 40000, SimTime.seconds(30), SimTime.seconds(7440));
        router = NatNode.on(net, "router", nat);
        laptop.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.168.1.10/24");
        laptop.gateway("192.168.1.1");
        router.addInterface("lan", MacAddress.of("02:00:00:00:01:01")).address("192.168.1.1/24");
        router.addInterface("wan", MacAddress.of("02:00:00:00:01:02")).address("203.0.113.1/24");
        router.route("0.0.0.0/0", "203.0.113.254");
        router.outside(router.iface("wan"));
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), "203.0.113.254/24");
        net.connect(laptop.iface("eth0"), router.iface("lan"), Cable.Spec.of(100, 1));
        net.connect(router.iface("wan"), server.iface("eth0"), Cable.Spec.of(100, 10));
        router.setListener(new NatNode.Listener() {
            @Override
            public void inbound(Nat.Inbound result, org.wirewise.model.net.Packet in,
                                org.wirewise.model.net.Packet out) {
                inbound.add((out != null ? "admitted: " : "dropped: ") + result.reason());
            }
        });
        laptopSocket = laptop.udp().bind(50000);
        laptopSocket.onReceive(r -> heardByLaptop.add(new String(r.payload()) + " from "
                + r.source().getHostAddress() + ":" + r.sourcePort()));
    }

    @Test
    void theServerSeesThePublicAddressAndItsReplyFindsTheLaptop() {
        UdpSocket echo = server.udp().bind(3478);
        echo.onReceive(r -> {
            heardByServer.add(r.source().getHostAddress() + ":" + r.sourcePort());
            echo.sendTo(r.source(), r.sourcePort(), "pong".getBytes());
        });
        laptopSocket.sendTo(Host.literal("203.0.113.254"), 3478, "ping".getBytes());
        net.simulation().run();

        assertThat(heardByServer).as("port preserved, source rewritten").containsExactly("203.0.113.1:50000");
        assertThat(heardByLaptop).containsExactly("pong from 203.0.113.254:3478");
        assertThat(router.nat().entries()).singleElement()
                .satisfies(e -> assertThat(e.internal()).isEqualTo(Endpoint.of("192.168.1.10", 50000)));
    }

    @Test
    void anotherPortOfTheSameServerIsFilteredAndTheDropSaysWhy() {
        UdpSocket stun = server.udp().bind(3478);
        UdpSocket other = server.udp().bind(3479);
        stun.onReceive(r -> other.sendTo(r.source(), r.sourcePort(), "from 3479".getBytes()));
        laptopSocket.sendTo(Host.literal("203.0.113.254"), 3478, "ping".getBytes());
        net.simulation().run();

        assertThat(heardByLaptop).isEmpty();
        assertThat(inbound).singleElement().asString().startsWith("dropped: ")
                .contains("192.168.1.10:50000 has sent only to 203.0.113.254:3478");
    }
}
