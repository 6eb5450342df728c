package org.wirewise.model.nat;

import java.util.List;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;

/**
 * The nat-traversal topology: peer A behind NAT A, peer B behind NAT B, the STUN/TURN server
 * with a cable to each NAT (a quarter of the relay round trip each) and a direct cable between
 * the NATs (half the direct round trip); each peer half a millisecond from its NAT. Rate-free
 * cables: the lesson is about who gets through, not about bandwidth.
 */
final class TraversalNetwork {

    static final long LAN = org.wirewise.model.sim.SimTime.MICROSECOND * 500;

    final Network network;
    final HostNode peerA;
    final HostNode peerB;
    final HostNode server;
    final NatNode natA;
    final NatNode natB;
    private final Cable lanA;
    private final Cable lanB;
    private final Cable direct;

    TraversalNetwork(Network network, NatStage stage, Nat a, Nat b, long directDelay, long hop) {
        this.network = network;
        for (String lane : List.of(NatTraversalSimulator.PEER_A, NatTraversalSimulator.NAT_A,
                NatTraversalSimulator.SERVER, NatTraversalSimulator.PEER_B, NatTraversalSimulator.NAT_B)) {
            stage.mac(lane); // in the order the lesson's packets first name them
        }
        natA = NatNode.on(network, NatTraversalSimulator.NAT_A, a);
        natB = NatNode.on(network, NatTraversalSimulator.NAT_B, b);
        peerA = peer(stage, NatTraversalSimulator.PEER_A, HolePunching.PEER_A, natA, "192.168.1.1");
        lanA = network.connect(peerA.iface("eth0"), natA.iface("lan"), Cable.Spec.delayOnly(LAN));
        peerB = peer(stage, NatTraversalSimulator.PEER_B, HolePunching.PEER_B, natB, "10.0.0.1");
        lanB = network.connect(peerB.iface("eth0"), natB.iface("lan"), Cable.Spec.delayOnly(LAN));
        server = network.host(NatTraversalSimulator.SERVER);
        String serverIp = HolePunching.STUN_SERVER.ip();
        outside(stage, natA, HolePunching.NAT_A_PUBLIC, server.addInterface("to-a",
                stage.mac(server.name()), serverIp + "/24"), serverIp, hop);
        outside(stage, natB, HolePunching.NAT_B_PUBLIC, server.addInterface("to-b",
                stage.mac(server.name()), serverIp + "/24"), serverIp, hop);
        server.route(HolePunching.NAT_A_PUBLIC + "/32", server.iface("to-a"));
        server.route(HolePunching.NAT_B_PUBLIC + "/32", server.iface("to-b"));
        NetInterface aToB = natA.addInterface("wan-b", stage.mac(natA.name())).address(HolePunching.NAT_A_PUBLIC + "/24");
        NetInterface bToA = natB.addInterface("wan-a", stage.mac(natB.name())).address(HolePunching.NAT_B_PUBLIC + "/24");
        natA.route(HolePunching.NAT_B_PUBLIC + "/32", aToB);
        natB.route(HolePunching.NAT_A_PUBLIC + "/32", bToA);
        natA.outside(aToB);
        natB.outside(bToA);
        this.direct = network.connect(aToB, bToA, Cable.Spec.delayOnly(directDelay));
    }

    private HostNode peer(NatStage stage, String lane, Endpoint at, NatNode nat, String gateway) {
        HostNode h = network.host(lane);
        h.addInterface("eth0", stage.mac(lane), at.ip() + "/24");
        h.gateway(gateway);
        nat.addInterface("lan", stage.mac(nat.name())).address(gateway + "/24");
        return h;
    }

    /** A port of {@code nat} facing the server, on a cable of {@code delay}. */
    private void outside(NatStage stage, NatNode nat, String publicAddress, NetInterface serverSide, String serverIp,
                         long delay) {
        NetInterface wan = nat.addInterface("wan-server", stage.mac(nat.name())).address(publicAddress + "/24");
        nat.route(serverIp + "/32", wan);
        nat.outside(wan);
        network.connect(wan, serverSide, Cable.Spec.delayOnly(delay));
    }

    /** The one-way delay peer to peer on the direct path, summed from the cables that carry it. */
    long directOneWay() {
        return lanA.spec().delayNanos() + direct.spec().delayNanos() + lanB.spec().delayNanos();
    }
}
