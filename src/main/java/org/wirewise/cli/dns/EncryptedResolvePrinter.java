package org.wirewise.cli.dns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.dns.DnsTransport;
import org.wirewise.model.dns.EncryptedDnsScenario;
import org.wirewise.model.dns.EncryptedDnsSimulator;
import org.wirewise.model.dns.TransportTimes;
import org.wirewise.model.trace.TracePacket;

/**
 * {@code wirewise dns resolve NAME --transport dot|doh}: the encrypted-dns lesson's exchange over that transport,
 * each packet up to the first answer with its times from the moment NAME was asked, then the measured total and
 * its parts, and what the next question cost on the open connection.
 */
final class EncryptedResolvePrinter {

    private EncryptedResolvePrinter() {
    }

    static void print(PrintWriter out, EncryptedDnsScenario s, DnsTransport t, boolean json) throws Exception {
        EncryptedDnsSimulator.Result r = EncryptedDnsSimulator.run(s);
        TransportTimes times = r.times().get(t);
        List<TracePacket> mine = r.packets().get(t).stream().map(id -> r.trace().packets().get(id)).toList();
        long asked = mine.get(0).sentAt(); // the first packet leaves when the question is asked: nothing is cached
        List<TracePacket> packets = mine.stream().filter(p -> p.arrivesAt() <= asked + times.first()).toList();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode().put("name", s.name()).put("type", s.type().name())
                    .put("transport", t.id()).put("totalMs", PacketRows.ms(times.first()))
                    .put("tcpMs", PacketRows.ms(times.tcp())).put("tlsMs", PacketRows.ms(times.tls()))
                    .put("queryMs", PacketRows.ms(times.query())).put("nextOnOpenConnectionMs",
                            PacketRows.ms(times.second()));
            PacketRows.json(root.putArray("packets"), packets, asked);
            out.println(mapper.writeValueAsString(root));
            return;
        }
        PacketRows.text(out, packets, asked);
        out.printf(Locale.ROOT, "answered after %.3f ms over %s: TCP handshake %.3f ms, TLS handshake %.3f ms, "
                        + "query %.3f ms%n", PacketRows.ms(times.first()), t.title(), PacketRows.ms(times.tcp()),
                PacketRows.ms(times.tls()), PacketRows.ms(times.query()));
        out.printf(Locale.ROOT, "the next question (%s) on the open connection: %.3f ms%n", s.second(),
                PacketRows.ms(times.second()));
    }
}
