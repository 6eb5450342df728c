package org.wirewise.model.journey;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewise.model.dns.DnsFormatException;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsReader;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.quic.PacketCodec;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.sim.Link;

/**
 * What crossed between the journey's lanes: one hop per frame from the lane that sent it to the
 * next lane that received it, routers and switches that are not lanes (the internet, the rack)
 * passed through (a frame is traced back through {@link Packet#cause()}). The home router and the
 * balancer are lanes, so a packet they rewrite is two hops and their captures show both sides.
 * A hop keeps the frame as its sender put it on the wire.
 */
final class JourneyWire {

    /** One frame from lane to lane. */
    record Hop(String from, String to, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame, String label) {
    }

    private record Origin(String lane, long start, byte[] frame) {
    }

    private final Set<String> lanes;
    /** For a frame lost between lanes: the lane its destination address belongs to. */
    private final Map<InetAddress, String> laneOf;
    private final Map<Packet, Origin> origins = new IdentityHashMap<>();
    private final List<Hop> hops = new ArrayList<>();

    JourneyWire(Set<String> lanes, Map<InetAddress, String> laneOf) {
        this.lanes = Set.copyOf(lanes);
        this.laneOf = Map.copyOf(laneOf);
    }

    void observe(Transmission t) {
        String from = t.from().node().name();
        if (lanes.contains(from)) {
            origins.put(t.packet(), new Origin(from, t.start(), t.packet().frame()));
        }
        String to = t.to().node().name();
        boolean delivered = t.fate() == Link.Fate.DELIVERED;
        if (lanes.contains(to)) {
            if (!forMe(t)) {
                return; // a switch flooding a frame to a port it is not for
            }
        } else if (delivered) {
            return; // a router or switch passes it on: the hop ends at the next lane
        } else {
            Datagram d = Datagram.of(t.packet().frame());
            to = d == null ? null : laneOf.get(d.destination());
            if (to == null) {
                return;
            }
        }
        Packet p = t.packet();
        while (p != null && !origins.containsKey(p)) {
            p = p.cause();
        }
        if (p != null) {
            Origin o = origins.get(p);
            hops.add(new Hop(o.lane(), to, o.start(), t.arrival(), t.fate(), o.frame(), label(o.frame())));
        }
    }

    private static boolean forMe(Transmission t) {
        org.wirewise.model.packet.MacAddress to = org.wirewise.model.packet.MacAddress.of(
                java.util.Arrays.copyOf(t.packet().frame(), 6));
        return to.equals(t.to().mac()) || to.isMulticast();
    }

    List<Hop> hops() {
        return List.copyOf(hops);
    }

    /** What Wireshark's Info column would say first: the DNS question, TCP flags, the TLS message or record. */
    static String label(byte[] frame) {
        Datagram d = Datagram.of(frame);
        if (d == null) {
            return "frame";
        }
        if (d.protocol() == IpProtocol.UDP) {
            UdpDatagram u = UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength());
            if (u.sourcePort() == JourneyNetwork.HTTPS || u.destinationPort() == JourneyNetwork.HTTPS) {
                return quic(u.payload());
            }
            try {
                DnsMessage m = DnsReader.decode(u.payload());
                return (m.response() ? "DNS response " : "DNS query ") + m.question().type() + " "
                        + m.question().name();
            } catch (DnsFormatException e) {
                return "UDP " + u.payload().length + " B";
            }
        }
        TcpSegment s = TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength());
        byte[] pl = s.payload();
        if (pl.length == 0) {
            return flags(s);
        }
        if (s.sourcePort() == Postgres.PORT || s.destinationPort() == Postgres.PORT) {
            return "pgsql " + (pl[0] == 'Q' ? "Query" : pl[0] == 'T' ? "rows" : pl[0] == 'R' ? "AuthenticationOk"
                    : pl[0] == 0 ? "StartupMessage" : "message") + ", " + pl.length + " B";
        }
        if (pl.length > 5 && pl[0] == 22 && pl[5] == 1) {
            return "TLS ClientHello";
        }
        if (pl.length > 5 && pl[0] == 22 && pl[5] == 2) {
            return "TLS ServerHello, …";
        }
        if (pl.length > 5 && pl[0] == 22 && pl[5] == 16) {
            return "TLS ClientKeyExchange, …"; // TLS 1.2's second flight, in the clear up to ChangeCipherSpec
        }
        if (pl[0] == 23 || pl[0] == 20) {
            return "TLS records, " + pl.length + " B";
        }
        return "TCP " + pl.length + " B";
    }

    /** A QUIC datagram by its packets' types, as the long headers and the short one say ("QUIC Initial, Handshake"). */
    private static String quic(byte[] payload) {
        List<String> types = PacketCodec.split(payload, QuicConnection.CID_LENGTH).stream()
                .map(e -> e.type().label()).toList();
        return types.isEmpty() ? "UDP " + payload.length + " B" : "QUIC " + String.join(", ", types);
    }

    private static String flags(TcpSegment s) {
        if (s.has(TcpFlags.SYN)) {
            return s.has(TcpFlags.ACK) ? "SYN, ACK" : "SYN";
        }
        if (s.has(TcpFlags.FIN)) {
            return "FIN, ACK";
        }
        return s.has(TcpFlags.RST) ? "RST" : "ACK";
    }
}
