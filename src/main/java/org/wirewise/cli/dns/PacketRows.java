package org.wirewise.cli.dns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.TracePacket;

/** The packets {@code wirewise dns resolve} prints, one a line or one a JSON object, times in ms from {@code origin}. */
final class PacketRows {

    private PacketRows() {
    }

    static void text(PrintWriter out, List<TracePacket> packets, long origin) {
        out.printf(Locale.ROOT, "%10s %10s  %-9s %-9s %s%n", "sent ms", "arrived ms", "from", "to", "message");
        for (TracePacket p : packets) {
            out.printf(Locale.ROOT, "%10.3f %10.3f  %-9s %-9s %s%n", ms(p.sentAt() - origin), ms(p.arrivesAt() - origin),
                    p.from(), p.to(), p.label());
        }
    }

    static void json(ArrayNode list, List<TracePacket> packets, long origin) {
        for (TracePacket p : packets) {
            list.addObject().put("sentMs", ms(p.sentAt() - origin)).put("arrivedMs", ms(p.arrivesAt() - origin))
                    .put("from", p.from()).put("to", p.to()).put("message", p.label());
        }
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
