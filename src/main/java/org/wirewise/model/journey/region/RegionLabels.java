package org.wirewise.model.journey.region;

import java.nio.charset.StandardCharsets;
import org.wirewise.model.dns.DnsFormatException;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsReader;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;

/** A packet's label as the lesson's capture reads it: the DNS question or answer, the TCP flags, the HTTP start line. */
final class RegionLabels {

    private RegionLabels() {
    }

    static String of(byte[] frame) {
        Datagram d = Datagram.of(frame);
        if (d == null) {
            return "";
        }
        if (d.protocol() == IpProtocol.UDP) {
            UdpDatagram u = UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength());
            try {
                DnsMessage m = DnsReader.decode(u.payload());
                return m.response()
                        ? "DNS answer " + m.answers().stream().map(r -> r.data() + " TTL " + r.ttl()).findFirst()
                        .orElse(m.rcode().name())
                        : "DNS query " + m.question().type() + " " + m.question().name();
            } catch (DnsFormatException e) {
                return "UDP";
            }
        }
        if (d.protocol() != IpProtocol.TCP) {
            return "";
        }
        TcpSegment s = TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength());
        byte[] payload = s.payload();
        if (payload.length > 0) {
            String text = new String(payload, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n");
            return end > 0 ? text.substring(0, end) : payload.length + " bytes";
        }
        StringBuilder flags = new StringBuilder();
        if (s.has(TcpFlags.SYN)) {
            flags.append("SYN");
        }
        if (s.has(TcpFlags.FIN)) {
            flags.append(flags.isEmpty() ? "" : ", ").append("FIN");
        }
        if (s.has(TcpFlags.ACK)) {
            flags.append(flags.isEmpty() ? "" : ", ").append("ACK");
        }
        return "[" + flags + "]";
    }
}
