package org.wirewise.model.dns;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.UdpDatagram;

/**
 * Which host sent each datagram, so a DNS lesson draws one arrow from sender to receiver: a frame
 * a router forwarded is traced back through {@link Packet#cause()} to the frame its host sent.
 */
public final class DatagramOrigins {

    /** Where a datagram began: its sender's lane, when, and the frame as sent. */
    public record Origin(String lane, long start, byte[] frame) {
    }

    private final Map<Packet, Origin> origins = new IdentityHashMap<>();

    /** A DNS message over UDP that reached its host: where it began, its message and its UDP header's ports. */
    public record DnsDelivery(Origin origin, DnsMessage message, UdpDatagram udp) {
    }

    /** {@link #delivered} for a UDP datagram carrying a DNS message; empty for anything else. */
    public Optional<DnsDelivery> deliveredDns(Transmission t) {
        Optional<Origin> delivered = delivered(t);
        if (delivered.isEmpty()) {
            return Optional.empty();
        }
        Datagram d = Datagram.of(delivered.get().frame());
        if (d == null || d.protocol() != IpProtocol.UDP) {
            return Optional.empty();
        }
        UdpDatagram u = UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength());
        try {
            return Optional.of(new DnsDelivery(delivered.get(), DnsReader.decode(u.payload()), u));
        } catch (DnsFormatException e) {
            return Optional.empty();
        }
    }

    /** Notes what hosts send; for a transmission reaching the host it is addressed to, where it began. */
    public Optional<Origin> delivered(Transmission t) {
        if (t.from().node() instanceof HostNode) {
            origins.put(t.packet(), new Origin(t.from().node().name(), t.start(), t.packet().frame()));
        }
        Datagram d = Datagram.of(t.packet().frame());
        if (!(t.to().node() instanceof HostNode to) || d == null || !to.owns(d.destination())) {
            return Optional.empty(); // a switch flooding a frame it has no port for yet: not this host's packet
        }
        Packet p = t.packet();
        while (p != null && !origins.containsKey(p)) {
            p = p.cause();
        }
        return p == null ? Optional.empty() : Optional.of(origins.get(p));
    }
}
