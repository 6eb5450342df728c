package org.wirewise.model.realtime;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpStack;

/**
 * The lesson's network: four users on the internet side, 20 ms from the proxy's public address;
 * behind it, on one data-centre switch 0.5 ms away, the chat servers and the pub/sub broker.
 */
final class ScalingNetwork {

    static final String HOST = "chat.example.com";
    static final TcpConfig TCP = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));
    static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
    /** Chosen so that alice and bob hash to different servers for two, three and four servers, and four servers get one user each. */
    static final List<String> USER_ADDRESSES = List.of("198.51.100.25", "198.51.100.100", "198.51.100.199",
            "198.51.100.242");
    static final InetAddress PUBLIC = Host.literal("198.51.100.1");
    static final InetAddress BROKER = Host.literal("10.0.0.50");

    final Network network;
    final HostNode proxyHost;
    final HostNode brokerHost;
    final List<HostNode> servers = new ArrayList<>();
    final List<HostNode> users = new ArrayList<>();

    ScalingNetwork(int serverCount, long seed) {
        network = new Network(seed);
        proxyHost = network.host(ScalingSimulator.PROXY);
        SwitchNode internet = network.switchNode("internet");
        SwitchNode dc = network.switchNode("dc");
        NetInterface outside = proxyHost.addInterface("eth0", MacAddress.of("02:00:00:00:10:01"), "198.51.100.1/24");
        NetInterface inside = proxyHost.addInterface("eth1", MacAddress.of("02:00:00:00:10:02"), "10.0.0.1/24");
        network.connect(outside, internet.addInterface("p0", MacAddress.of("02:00:00:00:30:00")), Cable.Spec.of(100, 20));
        network.connect(inside, dc.addInterface("p0", MacAddress.of("02:00:00:00:31:00")), Cable.Spec.of(1000, 0.25));
        for (int i = 0; i < USERS.size(); i++) {
            HostNode u = network.host(USERS.get(i));
            NetInterface eth = u.addInterface("eth0", MacAddress.of("02:00:00:00:40:0" + (i + 1)),
                    USER_ADDRESSES.get(i) + "/24");
            network.connect(eth, internet.addInterface("p" + (i + 1), MacAddress.of("02:00:00:00:30:0" + (i + 1))),
                    Cable.Spec.delayOnly(0));
            TcpStack.on(u);
            users.add(u);
        }
        for (int i = 0; i < serverCount; i++) {
            HostNode s = network.host(serverName(i));
            NetInterface eth = s.addInterface("eth0", MacAddress.of("02:00:00:00:20:0" + (i + 1)),
                    serverAddress(i).getHostAddress() + "/24");
            network.connect(eth, dc.addInterface("p" + (i + 1), MacAddress.of("02:00:00:00:31:0" + (i + 1))),
                    Cable.Spec.of(1000, 0.25));
            TcpStack.on(s);
            servers.add(s);
        }
        brokerHost = network.host(ScalingSimulator.BROKER);
        NetInterface b = brokerHost.addInterface("eth0", MacAddress.of("02:00:00:00:20:50"), "10.0.0.50/24");
        network.connect(b, dc.addInterface("p9", MacAddress.of("02:00:00:00:31:09")), Cable.Spec.of(1000, 0.25));
        TcpStack.on(brokerHost);
        TcpStack.on(proxyHost);
    }

    static String serverName(int i) {
        return "ws-" + (i + 1);
    }

    static InetAddress serverAddress(int i) {
        return Host.literal("10.0.0." + (11 + i));
    }

    static String path(String user) {
        return "/chat?user=" + user;
    }

    /** The user a request target names ("/chat?user=alice" → "alice"). */
    static String userOf(String target) {
        int at = target.indexOf("user=");
        return at < 0 ? "" : target.substring(at + 5);
    }
}
