package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.MalformedPacketException;
import org.wirewise.model.packet.UdpDatagram;

/** A host's UDP (RFC 768): sockets bound to ports, datagrams handed to the one bound to theirs. */
public final class UdpLayer implements Transport {

    private final HostNode host;
    private final List<UdpSocket> sockets = new ArrayList<>();

    UdpLayer(HostNode host) {
        this.host = host;
    }

    /** Binds a socket to {@code port} on every address of the host. */
    public UdpSocket bind(int port) {
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("UDP port " + port + " outside 1..65535");
        }
        if (sockets.stream().anyMatch(s -> s.port() == port)) {
            throw new IllegalStateException(host.name() + ": UDP port " + port + " is already bound");
        }
        UdpSocket s = new UdpSocket(this, port);
        sockets.add(s);
        return s;
    }

    void close(UdpSocket socket) {
        sockets.remove(socket);
    }

    Optional<Packet> send(int sourcePort, InetAddress destination, int destinationPort, byte[] payload) {
        InetAddress source = host.sourceFor(destination).orElse(null);
        if (source == null) {
            return Optional.empty();
        }
        byte[] bytes = new UdpDatagram(sourcePort, destinationPort, payload).encode(source, destination);
        return host.sendIp(source, destination, IpProtocol.UDP, bytes);
    }

    @Override
    public boolean receive(Arrival arrival) {
        byte[] b = arrival.transport();
        UdpDatagram d;
        try {
            d = UdpDatagram.decode(b, 0, b.length);
        } catch (MalformedPacketException e) {
            return true; // a broken datagram is dropped, not answered
        }
        for (UdpSocket s : sockets) {
            if (s.port() == d.destinationPort()) {
                s.deliver(new UdpSocket.Received(arrival.source(), d.sourcePort(), d.payload(), arrival.packet()));
                return true;
            }
        }
        return false;
    }
}
