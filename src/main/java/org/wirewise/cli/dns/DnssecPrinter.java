package org.wirewise.cli.dns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.wirewise.model.dns.sec.DnssecScenario;
import org.wirewise.model.dns.sec.DnssecSimulator;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

/** {@code wirewise dns resolve NAME --dnssec}: the dnssec lesson's queries, then its verdict and chain of trust. */
final class DnssecPrinter {

    private DnssecPrinter() {
    }

    static void print(PrintWriter out, DnssecScenario s, boolean json) throws Exception {
        Trace trace = DnssecSimulator.simulate(s);
        // the verdict step is the first to carry the chain; the lesson's own words and rows
        Step verdict = trace.steps().stream().filter(st -> st.snapshot().table(DnssecSimulator.CHAIN).isPresent())
                .findFirst().orElseThrow(() -> new IllegalStateException("the lesson judged nothing"));
        Table chain = verdict.snapshot().table(DnssecSimulator.CHAIN).orElseThrow();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode().put("name", s.name()).put("type", s.type().name())
                    .put("fault", s.fault().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .put("verdict", verdict.title()).put("explanation", verdict.narration());
            PacketRows.json(root.putArray("packets"), trace.packets(), 0);
            ArrayNode links = root.putArray("chain");
            for (Table.Row r : chain.rows()) {
                links.addObject().put("link", r.cells().get(1)).put("keyTag", r.cells().get(2))
                        .put("result", r.cells().get(3));
            }
            out.println(mapper.writeValueAsString(root));
            return;
        }
        PacketRows.text(out, trace.packets(), 0);
        out.println();
        out.println(verdict.title());
        for (Table.Row r : chain.rows()) {
            out.printf(Locale.ROOT, "%3s  %-36s %6s  %s%n", r.cells().get(0), r.cells().get(1), r.cells().get(2),
                    r.cells().get(3));
        }
        out.println(verdict.narration());
    }
}
