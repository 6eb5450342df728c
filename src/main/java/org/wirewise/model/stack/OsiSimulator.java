package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
    public static final List<String> TECHNOLOGY_COLUMNS =
            List.of("Technology", "Home", "OSI", "TCP/IP", "Why", "Reference", "Packet", "Field");

    /** OSI layer: number, name, PDU, TCP/IP layer, what it does, its example frame and dissector layer. */
    private record Layer(int number, String name, String pdu, String tcpIp, String job, Technology.Example example,
                         String field, String reference) {
    }

    private static final List<Layer> LAYERS = List.of(
            new Layer(7, "Application", "data (message)", "Application", "the protocol the program speaks: what a "
                    + "request means, which fields it has. HTTP, gRPC, WebSocket and DNS live here",
                    Technology.Example.HTTP, "Hypertext Transfer Protocol", "RFC 1122 §1.1.3"),
            new Layer(6, "Presentation", "data", "Application", "how data is represented: encodings (UTF-8, JSON, "
                    + "protobuf), compression, encryption. TCP/IP has no such layer: TLS and the application's "
                    + "own formats do this work", Technology.Example.TLS, "Transport Layer Security",
                    "RFC 8446 §1"),
            new Layer(5, "Session", "data", "Application", "dialogues between two programs: opening, checkpointing "
                    + "and resuming them. In TCP/IP this too lives in the application: TLS sessions and "
                    + "resumption, HTTP/2 streams, RPC sessions", Technology.Example.TLS,
                    "Transport Layer Security", "RFC 8446 §2.2"),
            new Layer(4, "Transport", "segment / datagram", "Transport", "end to end between two "
                    + "programs, named by ports: TCP gives a reliable ordered byte stream, UDP single datagrams, "
                    + "QUIC reliable streams on top of UDP", Technology.Example.HTTP, "Transmission Control Protocol",
                    "RFC 9293 §2"),
            new Layer(3, "Network", "packet", "Internet", "addresses every host and routes packets hop by hop "
                    + "across networks: IP, with ICMP for errors and diagnostics. Routers work here",
                    Technology.Example.ICMP, "Internet Protocol Version 4", "RFC 791 §1.4"),
            new Layer(2, "Data link", "frame", "Link", "delivers frames between neighbours on one link, named by "
                    + "MAC addresses, with a checksum (FCS): Ethernet, Wi-Fi; ARP finds a neighbour's MAC. "
                    + "Switches work here", Technology.Example.ARP, "Ethernet II", "IEEE 802.3 §3.1"),
            new Layer(1, "Physical", "bits (symbols)", "Link", "turns bits into signals on copper, fibre or radio "
                    + "and back: voltages, light pulses, line codes, the preamble before each frame. Hubs, "
                    + "repeaters and cables work here", Technology.Example.ARP, "Frame", "IEEE 802.3 §4.4.2"));

    private OsiSimulator() {
    }

    public static Trace simulate(OsiScenario scenario) {
        TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane("client", "Client", "192.0.2.10"),
                new Lane("network", "Network", "gateway 192.0.2.1, resolver, server")));
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
        trace.step(0, "Two models of one stack",
                "The OSI reference model (ISO/IEC 7498-1, 1984) splits networking into seven layers; the "
                        + "internet was built on the four-layer TCP/IP model (RFC 1122 §1.1.3: link, internet, "
                        + "transport, application). Side by side: OSI's application, presentation and session map "
                        + "to TCP/IP's application layer, and OSI's data link and physical to its link layer. "
                        + "People still say \"layer 4\" and \"layer 7\" in OSI numbers (load balancers, "
                        + "firewalls), so both are worth knowing. Each layer adds its own header and talks only "
                        + "to the same layer on the other side. Click a technology to see where it sits and why.",
                List.of("RFC 1122 §1.1.3", "ISO/IEC 7498-1"), packets.get(Technology.Example.HTTP),
                snapshot(List.of(), null, packets));
        for (Layer l : LAYERS) {
            String techs = technologiesAt(l.number());
            trace.step(0, "Layer " + l.number() + ": " + l.name(),
                    "OSI layer " + l.number() + ", " + l.name() + ": " + l.job() + ". Its unit of data (PDU) is "
                            + "called " + (l.number() == 4 ? "a segment (TCP) or a datagram (UDP)" : l.pdu())
                            + ". In the TCP/IP model it is part of the " + l.tcpIp()
                            + " layer." + (techs.isEmpty() ? "" : " On this stack: " + techs + ".")
                            + " The frame below highlights where this layer's bytes are.",
                    List.of(l.reference()), packets.get(l.example()), snapshot(List.of(l.number()), null, packets));
        }
        Technology t = scenario.technology();
        List<Integer> span = span(t);
        trace.step(0, "Where " + t.displayName() + " sits",
                t.displayName() + " sits at OSI layer " + t.osi() + ", the " + t.tcpIp() + " layer of TCP/IP. "
                        + t.why(),
                List.of(t.reference()), packets.get(t.example()), snapshot(span, t, packets));
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

    private static Snapshot snapshot(List<Integer> highlighted, Technology selected,
                                     Map<Technology.Example, Integer> packets) {
        List<OsiChart.LayerRow> layers = new ArrayList<>();
        List<Table.Row> osi = new ArrayList<>();
        for (Layer l : LAYERS) {
            OsiChart.LayerRow row = new OsiChart.LayerRow(l.number(), l.name(), l.pdu(), l.tcpIp(),
                    technologiesAt(l.number()), l.field(), highlighted.contains(l.number()));
            layers.add(row);
            osi.add(new Table.Row(List.of(Integer.toString(row.number()), row.name(), row.pdu(), row.tcpIp(),
                    row.technologies(), row.field()), row.lit()));
        }
        List<OsiChart.TechnologyRow> technologies = new ArrayList<>();
        List<Table.Row> techs = new ArrayList<>();
        for (Technology t : Technology.values()) {
            OsiChart.TechnologyRow row = new OsiChart.TechnologyRow(t.displayName(), t.home(), span(t), t.osi(),
                    t.tcpIp(), t.why(), t.reference(), packets.get(t.example()), t.field(), t == selected);
            technologies.add(row);
            techs.add(new Table.Row(List.of(row.name(), Integer.toString(row.home()), row.osi(), row.tcpIp(),
                    row.why(), row.reference(), Integer.toString(row.packetId()), row.field()), row.selected()));
        }
        return new Snapshot(List.of(), List.of(), List.of(
                new Table(OSI_TABLE, "OSI and TCP/IP", List.of("OSI", "Name", "PDU", "TCP/IP", "Technologies",
                        "Field"), osi),
                new Table(TECHNOLOGIES_TABLE, "Technologies", TECHNOLOGY_COLUMNS, techs)),
                List.of(new OsiChart(layers, technologies)));
    }
}
