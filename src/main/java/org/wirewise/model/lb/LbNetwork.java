package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.IpNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.transport.TcpConfig;

/**
 * The load balancer lesson's network: alice, bob and carol behind an internet router, 20 ms from
 * the balancer's virtual address; the balancer (a layer-4 node, or a host running a layer-7
 * proxy) with an inside interface on a switch, 1 ms from four backend web servers whose default
 * route is the balancer. Every packet the lesson records crosses one of the balancer's two cables.
 */
final class LbNetwork {

    static final Inet4Address VIP = (Inet4Address) Host.literal("203.0.113.10");
    static final Inet4Address INSIDE = (Inet4Address) Host.literal("10.0.0.2");
    static final int BACKEND_PORT = 8080;
    static final String INTERNET = "internet";
    static final String SWITCH = "inside";
    static final TcpConfig TCP = new TcpConfig(1460, true, 7, true, true, TcpConfig.linuxInitialWindow(1460));

    final Network network;
    final IpNode balancer;
    final Map<String, HttpClient> clients = new LinkedHashMap<>();
    final List<HttpServer> servers = new ArrayList<>();
    final Layer7Proxy proxy;
    final List<Layer4Balancer.Target> targets = new ArrayList<>();

    LbNetwork(LoadBalancerScenario s, BackendPicker picker, int servicePort) {
        network = new Network(s.seed());
        Sealing sealing = s.https() ? new SiteKey(network.stream("tls-ciphertext")) : Sealing.PLAIN;
        boolean l4 = s.balancer() == Balancer.LAYER_4;
        int backendPort = l4 ? servicePort : BACKEND_PORT;
        for (int i = 0; i < LoadBalancerSimulator.BACKENDS.size(); i++) {
            targets.add(new Layer4Balancer.Target(backendIp(i), backendPort));
        }
        RouterNode internet = network.router(INTERNET);
        NetInterface internetToLb = internet.addInterface("lb", MacAddress.of("02:00:00:00:01:01"));
        internetToLb.address("203.0.113.1/28");
        if (l4) {
            balancer = Layer4Balancer.on(network, LoadBalancerSimulator.BALANCER, VIP, servicePort, targets, picker);
            proxy = null;
        } else {
            HostNode host = network.host(LoadBalancerSimulator.BALANCER);
            balancer = host;
            proxy = new Layer7Proxy(host, "proxy", servicePort, targets, picker, sealing, TCP);
        }
        NetInterface outside = balancer.addInterface("eth0", MacAddress.of("02:00:00:00:10:01"));
        outside.address(VIP.getHostAddress() + "/28");
        NetInterface inside = balancer.addInterface("eth1", MacAddress.of("02:00:00:00:10:02"));
        inside.address(INSIDE.getHostAddress() + "/24");
        balancer.route("0.0.0.0/0", "203.0.113.1");
        network.connect(internetToLb, outside, Cable.Spec.of(100, 20));

        SwitchNode sw = network.switchNode(SWITCH);
        network.connect(inside, sw.addInterface("p0", MacAddress.of("02:00:00:00:30:00")), Cable.Spec.of(1000, 1));
        for (int i = 0; i < targets.size(); i++) {
            String name = LoadBalancerSimulator.BACKENDS.get(i);
            HostNode b = network.host(name);
            NetInterface eth = b.addInterface("eth0", MacAddress.of("02:00:00:00:20:0" + (i + 1)),
                    backendIp(i).getHostAddress() + "/24");
            b.gateway(INSIDE.getHostAddress()); // IPVS NAT mode: replies must come back through the balancer
            network.connect(eth, sw.addInterface("p" + (i + 1), MacAddress.of("02:00:00:00:30:0" + (i + 1))),
                    Cable.Spec.delayOnly(0));
            // behind a layer-7 balancer the backends speak plain HTTP; behind layer 4 they terminate TLS themselves
            servers.add(new HttpServer(b, "httpd", backendPort, l4 ? sealing : Sealing.PLAIN, TCP));
        }
        int n = 0;
        for (LoadBalancerSimulator.Request r : LoadBalancerSimulator.REQUESTS) {
            if (clients.containsKey(r.client())) {
                continue;
            }
            n++;
            HostNode c = network.host(r.client());
            String gateway = gatewayFor(r.ip());
            NetInterface eth = c.addInterface("eth0", MacAddress.of("02:00:00:00:40:0" + n), r.ip() + "/28");
            c.gateway(gateway);
            NetInterface port = internet.addInterface(r.client(), MacAddress.of("02:00:00:00:01:1" + n));
            port.address(gateway + "/28");
            network.connect(eth, port, Cable.Spec.delayOnly(0));
            clients.put(r.client(), new HttpClient(c, "browser", sealing, TCP));
        }
    }

    /** The last usable address of the client's /28: its router. */
    private static String gatewayFor(String ip) {
        byte[] a = Host.literal(ip).getAddress();
        return (a[0] & 0xFF) + "." + (a[1] & 0xFF) + "." + (a[2] & 0xFF) + "." + ((a[3] & 0xF0) + 14);
    }

    static Inet4Address backendIp(int i) {
        return (Inet4Address) Host.literal("10.0.0." + (11 + i));
    }

    /** Which backend owns {@code address}. */
    static int backendIndex(java.net.InetAddress address) {
        return (address.getAddress()[3] & 0xFF) - 11;
    }

    void start() {
        servers.forEach(HttpServer::start);
        clients.values().forEach(HttpClient::start);
        if (proxy != null) {
            proxy.start();
        }
    }
}
