package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The attack lessons' packets: one per datagram or segment from the host that sent it to the host it
 * reached (through {@link DatagramOrigins}), each with the DNS message it carries, so steps and
 * measurements read the run's own bytes.
 */
final class AttackPackets {

    /**
     * One recorded packet.
     *
     * @param message   the DNS message, or null for a TCP segment without one
     * @param port      a query's source port, a response's destination port
     * @param wireBytes the frame as captured: Ethernet, IP and UDP or TCP headers and the payload
     * @param dnsBytes  the DNS message's bytes (0 for a segment without one)
     */
    record Sent(int id, String from, String to, long start, long arrival, DnsMessage message, int port, boolean tcp,
                int wireBytes, int dnsBytes) {
    }

    /** The diagram's label for a DNS message of {@code bytes} bytes (never null here). */
    interface Labels {
        String label(String from, DnsMessage m, int port, boolean tcp, int bytes);
    }

    private final TraceBuilder trace;
    private final Labels labels;
    private final DatagramOrigins origins = new DatagramOrigins();
    private final List<Sent> sent = new ArrayList<>();

    AttackPackets(TraceBuilder trace, Labels labels) {
        this.trace = trace;
        this.labels = labels;
    }

    List<Sent> all() {
        return sent;
    }

    Sent first(Predicate<Sent> p) {
        return sent.stream().filter(p).findFirst().orElseThrow();
    }

    Sent last(Predicate<Sent> p) {
        return sent.stream().filter(p).reduce((a, b) -> b).orElseThrow();
    }

    /** Records a DNS datagram, or a TCP segment when {@code withTcp}, from its sender to the host it reached. */
    void transmission(Transmission t, boolean withTcp) {
        var delivered = origins.delivered(t);
        if (delivered.isEmpty()) {
            return;
        }
        DatagramOrigins.Origin o = delivered.get();
        Datagram d = Datagram.of(o.frame());
        if (d == null || d.protocol() != IpProtocol.UDP && (!withTcp || d.protocol() != IpProtocol.TCP)) {
            return;
        }
        boolean tcp = d.protocol() == IpProtocol.TCP;
        byte[] payload;
        int source;
        int destination;
        String flags = "";
        if (tcp) {
            TcpSegment seg = TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength());
            payload = seg.payload();
            source = seg.sourcePort();
            destination = seg.destinationPort();
            flags = TcpFlags.names(seg.flags());
        } else {
            UdpDatagram u = UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength());
            payload = u.payload();
            source = u.sourcePort();
            destination = u.destinationPort();
        }
        DnsMessage m = null;
        try {
            m = payload.length == 0 ? null : tcp ? DnsReader.decodeFromTcp(payload) : DnsReader.decode(payload);
        } catch (DnsFormatException e) {
            if (!tcp) {
                return;
            }
        }
        String to = t.to().node().name();
        // a response's port that matters is the one it is sent to; a query's, the one it is sent from
        int port = m != null && m.response() ? destination : source;
        int dnsBytes = m == null ? 0 : payload.length - (tcp ? 2 : 0);
        String label = m == null ? flags : labels.label(o.lane(), m, port, tcp, dnsBytes);
        int id = trace.packet(o.lane(), to, o.start(), t.arrival(), t.fate(), label, o.frame());
        sent.add(new Sent(id, o.lane(), to, o.start(), t.arrival(), m, port, tcp, o.frame().length, dnsBytes));
    }
}
