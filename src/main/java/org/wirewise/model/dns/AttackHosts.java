package org.wirewise.model.dns;

import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.MacAddress;

/** The attack lessons' hosts: each on its own /24 behind one internet router, at a given one-way delay. */
final class AttackHosts {

    private AttackHosts() {
    }

    /** A host {@code name} at {@code ip}/24, its gateway .1 on the router, {@code delayMs} away from it. */
    static HostNode attach(Network network, RouterNode internet, String name, String ip, double delayMs) {
        String gateway = ip.substring(0, ip.lastIndexOf('.')) + ".1";
        HostNode h = network.host(name);
        int n = network.nodes().size();
        NetInterface eth = h.addInterface("eth0", MacAddress.of(String.format("02:00:00:00:10:%02x", n)),
                ip + "/24");
        h.gateway(gateway);
        NetInterface port = internet.addInterface(name, MacAddress.of(String.format("02:00:00:00:00:%02x", n)));
        port.address(gateway + "/24");
        // queues long enough for a burst of forgeries or a flood: the lessons are about DNS, not a full queue
        network.connect(eth, port, Cable.Spec.of(1000, delayMs).queue(70_000));
        return h;
    }
}
