package org.wirewise.model.transport;

import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.packet.MacAddress;

/**
 * The TCP lessons' network: a client (192.0.2.10) and a server (198.51.100.80) joined by one
 * cable, each with TCP. No router stands between them, so each reaches the other's address
 * straight out of its interface; half the round-trip time is each direction's propagation delay.
 */
public final class ClientServer {

    public static final String CLIENT = "client";
    public static final String SERVER = "server";

    public final Network network;
    public final HostNode client;
    public final HostNode server;
    public final TcpStack clientTcp;
    public final TcpStack serverTcp;

    /**
     * @param queuePackets frames that may wait behind the one being sent, each way
     */
    public ClientServer(long seed, double rttMs, double bandwidthMbps, int queuePackets) {
        network = new Network(seed);
        client = network.host(CLIENT);
        server = network.host(SERVER);
        NetInterface clientEth = client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        NetInterface serverEth = server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), "198.51.100.80/24");
        client.route("198.51.100.80/32", clientEth);
        server.route("192.0.2.10/32", serverEth);
        network.connect(clientEth, serverEth, Cable.Spec.of(bandwidthMbps, rttMs / 2).queue(queuePackets));
        clientTcp = TcpStack.on(client);
        serverTcp = TcpStack.on(server);
    }

    /** The client as a lesson names it: its lane, MAC and address. */
    public Host clientIdentity() {
        return identity(client);
    }

    public Host serverIdentity() {
        return identity(server);
    }

    private static Host identity(HostNode node) {
        return new Host(node.name(), node.interfaces().get(0).mac(), node.address());
    }
}
