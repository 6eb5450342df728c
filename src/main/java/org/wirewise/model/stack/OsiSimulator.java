package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The OSI reference model (ISO/IEC 7498-1) and the four-layer TCP/IP model (RFC 1122 §1.1.3) side
 * by side, one step per OSI layer from the top, each with a real frame that shows the layer, and a
 * last step that places the chosen technology and says why it sits there. The frames are what a
 * capture on the client's cable saw when {@link ExampleNetwork} ran.
 */
public final class OsiSimulator {

    public static final String LESSON_ID = "osi-model";
    public static final TableKey OSI_TABLE = TableKey.of("osi");
    public static final TableKey TECHNOLOGIES_TABLE = TableKey.of("technologies");
    /** The tables' columns, as keys of their headings in the bundle. */
    private static final List<String> TECHNOLOGY_COLUMNS =
            List.of("technology", "home", "osi", "tcpIp", "why", "reference", "packet", "field");
    private static final List<String> OSI_COLUMNS = List.of("osi", "name", "pdu", "tcpIp", "technologies", "field");

    /** OSI layer: number, TCP/IP layer (English name), its example frame, dissector layer and reference; words in the bundle. */
    private record Layer(int number, String tcpIp, Technology.Example example, String field, String reference) {
    }

    private static final List<Layer> LAYERS = List.of(
            new Layer(7, "Application", Technology.Example.HTTP, "Hypertext Transfer Protocol", "RFC 1122 §1.1.3"),
            new Layer(6, "Application", Technology.Example.TLS, "Transport Layer Security", "RFC 8446 §1"),
            new Layer(5, "Application", Technology.Example.TLS, "Transport Layer Security", "RFC 8446 §2.2"),
            new Layer(4, "Transport", Technology.Example.HTTP, "Transmission Control Protocol", "RFC 9293 §2"),
            new Layer(3, "Internet", Technology.Example.ICMP, "Internet Protocol Version 4", "RFC 791 §1.4"),
            new Layer(2, "Link", Technology.Example.ARP, "Ethernet II", "IEEE 802.3 §3.1"),
            new Layer(1, "Link", Technology.Example.ARP, "Frame", "IEEE 802.3 §4.4.2"));

    private OsiSimulator() {
    }

    public static Trace simulate(OsiScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the frames are the same in every language. */
    public static Trace simulate(OsiScenario scenario, Locale language) {
        OsiNarration n = new OsiNarration(language);
        TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane("client", n.text("lane.client"), "192.0.2.10"),
                new Lane("network", n.text("lane.network"), n.text("lane.network.sub"))));
        Map<Technology.Example, Integer> packets = new EnumMap<>(Technology.Example.class);
        ExampleNetwork.Run run = ExampleNetwork.shared();
        Map<Transmission, Technology.Example> examples = new java.util.IdentityHashMap<>();
        run.examples().forEach((kind, t) -> examples.put(t, Technology.Example.valueOf(kind.name())));
        for (Transmission t : run.clientWire()) {
            boolean out = ExampleNetwork.fromClient(t);
            byte[] frame = t.packet().frame();
            int id = trace.packet(out ? "client" : "network", out ? "network" : "client", t.start(), t.arrival(),
                    t.fate(), FrameKinds.label(frame), frame);
            Technology.Example kind = examples.get(t);
            if (kind != null) {
                packets.put(kind, id);
            }
        }
        trace.step(0, n.text("step.models"), n.text("models"), List.of("RFC 1122 §1.1.3", "ISO/IEC 7498-1"),
                packets.get(Technology.Example.HTTP), snapshot(n, List.of(), null, packets));
        for (Layer l : LAYERS) {
            trace.step(0, n.layerTitle(l.number()), n.layer(l.number(), l.tcpIp(), technologiesAt(l.number())),
                    List.of(l.reference()), packets.get(l.example()), snapshot(n, List.of(l.number()), null, packets));
        }
        Technology t = scenario.technology();
        trace.step(0, n.technologyTitle(t), n.technology(t), List.of(t.reference()), packets.get(t.example()),
                snapshot(n, span(t), t, packets));
        return trace.build();
    }

    /** The OSI layers a technology spans, from its "OSI" text ("5–6" → 5, 6). */
    public static List<Integer> span(Technology t) {
        String[] parts = t.osi().split("–");
        int from = Integer.parseInt(parts[0]);
        int to = Integer.parseInt(parts[parts.length - 1]);
        List<Integer> span = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            span.add(i);
        }
        return span;
    }

    private static String technologiesAt(int layer) {
        return Stream.of(Technology.values()).filter(t -> t.home() == layer).map(Technology::displayName)
                .collect(Collectors.joining(", "));
    }

    private static Snapshot snapshot(OsiNarration n, List<Integer> highlighted, Technology selected,
                                     Map<Technology.Example, Integer> packets) {
        List<OsiChart.LayerRow> layers = new ArrayList<>();
        List<Table.Row> osi = new ArrayList<>();
        for (Layer l : LAYERS) {
            OsiChart.LayerRow row = new OsiChart.LayerRow(l.number(), n.layerName(l.number()),
                    n.pdu(l.number()), n.tcpIp(l.tcpIp()),
                    technologiesAt(l.number()), l.field(), highlighted.contains(l.number()));
            layers.add(row);
            osi.add(new Table.Row(List.of(Integer.toString(row.number()), row.name(), row.pdu(), row.tcpIp(),
                    row.technologies(), n.dissectorLayer(row.field())), row.lit()));
        }
        List<OsiChart.TechnologyRow> technologies = new ArrayList<>();
        List<Table.Row> techs = new ArrayList<>();
        for (Technology t : Technology.values()) {
            OsiChart.TechnologyRow row = new OsiChart.TechnologyRow(t.displayName(), t.home(), span(t), t.osi(),
                    n.tcpIp(t.tcpIp()), n.why(t), t.reference(), packets.get(t.example()), t.field(), t == selected);
            technologies.add(row);
            techs.add(new Table.Row(List.of(row.name(), Integer.toString(row.home()), row.osi(), row.tcpIp(),
                    row.why(), row.reference(), Integer.toString(row.packetId()), row.field()), row.selected()));
        }
        return new Snapshot(List.of(), List.of(), List.of(
                new Table(OSI_TABLE, n.text("table.osi"), columns(n, "table.osi", OSI_COLUMNS), osi),
                new Table(TECHNOLOGIES_TABLE, n.text("table.technologies"),
                        columns(n, "table.technologies", TECHNOLOGY_COLUMNS), techs)),
                List.of(new OsiChart(layers, technologies)));
    }

    private static List<String> columns(OsiNarration n, String table, List<String> keys) {
        return keys.stream().map(k -> n.text(table + "." + k)).toList();
    }
}
