package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The load balancer lesson's trace: its packets, and its steps with what the balancer read, the
 * decisions so far and each backend's count, all from what the balancer reported.
 */
final class LbSteps {

    /** A request the balancer has read and not yet sent on. */
    private record Pending(int index, LoadBalancerSimulator.Request request, int clientPort,
                           BackendPicker.Choice choice, FieldReads reads) {
    }

    private final TraceBuilder trace;
    private final LoadBalancerScenario s;
    private final Network network;
    private final LbNarration n;
    private final List<Table.Row> decisions = new ArrayList<>();
    private final int[] served = new int[LoadBalancerSimulator.BACKENDS.size()];
    private Pending pending;

    LbSteps(TraceBuilder trace, LoadBalancerScenario s, Network network, LbNarration n) {
        this.trace = trace;
        this.s = s;
        this.network = network;
        this.n = n;
    }

    int packet(String from, String to, Transmission t, String label) {
        return trace.packet(from, to, t.start(), t.arrival(), t.fate(), label, t.packet().frame());
    }

    void intro() {
        step(n.introTitle(), n.intro(), n.introReferences(), -1, List.of(), null);
    }

    /** Whether a request read from a client still waits to go on to {@code backend}. */
    boolean awaitingForward(int backend) {
        return pending != null && pending.choice().backend() == backend;
    }

    /** The balancer has read request {@code index} from packet {@code packetId} and chosen. */
    void read(int index, LoadBalancerSimulator.Request r, int clientPort, BackendPicker.Choice choice, int packetId,
              String narration) {
        FieldReads reads = reads(r, clientPort);
        pending = new Pending(index, r, clientPort, choice, reads);
        step(n.readsTitle(index), narration, n.readsReferences(), packetId, List.of(), reads);
    }

    /** The request left for its backend in packet {@code packetId}, whose transmission began at {@code time}. */
    void forward(int packetId, long time) {
        Pending p = pending;
        pending = null;
        String backend = LoadBalancerSimulator.BACKENDS.get(p.choice().backend());
        String why = n.why(p.choice());
        served[p.choice().backend()]++;
        LoadBalancerSimulator.Request r = p.request();
        decisions.add(new Table.Row(List.of(Integer.toString(p.index() + 1), r.client(), r.ip() + ":" + p.clientPort(),
                r.method() + " " + r.path(), backend, why), true));
        int ipLength = EthernetFrame.decode(trace.packet(packetId).frame()).payload().length;
        step(time, n.forwardTitle(p.index(), backend), n.forward(p.index(), r, why, ipLength),
                n.forwardReferences(), packetId, List.of(), p.reads());
        decisions.set(decisions.size() - 1, new Table.Row(decisions.get(decisions.size() - 1).cells(), false));
    }

    Trace costs() {
        step(n.costsTitle(), n.costs(), List.of("RFC 8446 §1", "RFC 7239 §4"), -1, List.of(n.costTable()), null);
        return trace.build();
    }

    private FieldReads reads(LoadBalancerSimulator.Request r, int clientPort) {
        List<FieldReads.Read> rows = new ArrayList<>();
        String ip = "Internet Protocol Version 4";
        String tcp = "Transmission Control Protocol";
        boolean l4 = s.balancer() == Balancer.LAYER_4; // a layer-4 balancer decides on the 5-tuple alone
        Inet4Address vip = LoadBalancerSimulator.VIP;
        int port = s.https() ? 443 : 80;
        rows.add(read(l4, n.text("read.sourceAddress"), r.ip(), "3", ip, "Source Address"));
        rows.add(read(l4, n.text("read.destinationAddress"), vip.getHostAddress(), "3", ip, "Destination Address"));
        rows.add(read(l4, n.text("read.protocol"), "TCP (6)", "3", ip, "Protocol"));
        rows.add(read(l4, n.text("read.sourcePort"), Integer.toString(clientPort), "4", tcp, "Source Port"));
        rows.add(read(l4, n.text("read.destinationPort"), Integer.toString(port), "4", tcp, "Destination Port"));
        if (!l4) {
            String http = "Hypertext Transfer Protocol";
            if (s.https()) {
                rows.add(read(false, n.text("read.tls"), n.text("read.tls.value"), "6",
                        "Transport Layer Security", "TLSv1.3 Record Layer"));
            }
            rows.add(read(true, n.text("read.host"), "shop.example.com", "7", http, "Host"));
            rows.add(read(true, n.text("read.path"), r.path(), "7", http, "Request URI"));
            rows.add(read(true, n.text("read.cookie"), r.cookie().isEmpty() ? n.text("read.cookie.none") : r.cookie(),
                    "7", http, "Cookie"));
        } else {
            rows.add(read(false, n.text("read.payload"), n.text(s.https() ? "read.payload.tls" : "read.payload.plain"),
                    "–", tcp, "Transmission Control Protocol"));
        }
        return new FieldReads(n.text("table.reads", n.balancer()), rows);
    }

    private static FieldReads.Read read(boolean decides, String name, String value, String layer, String layerField,
                                        String field) {
        return new FieldReads.Read(name, value, layer, layerField, field, decides);
    }

    private void step(String title, String narration, List<String> refs, int packet, List<Table> extra,
                      FieldReads reads) {
        step(network.now(), title, narration, refs, packet, extra, reads);
    }

    private void step(long time, String title, String narration, List<String> refs, int packet, List<Table> extra,
                      FieldReads reads) {
        List<Table> tables = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        if (reads != null) {
            tables.add(new Table(LoadBalancerSimulator.READS_TABLE, reads.title(), columns("table.reads",
                    LoadBalancerSimulator.READS_COLUMNS), reads.reads().stream().map(r -> new Table.Row(List.of(r.name(),
                    r.value(), r.osiLayer(), r.layerField(), n.fieldName(r.field())), r.decides())).toList()));
            facts.add(reads);
        }
        tables.addAll(extra);
        tables.add(new Table(LoadBalancerSimulator.DECISIONS_TABLE, n.text("table.decisions"), columns("table.decisions",
                List.of("number", "client", "connection", "request", "backend", "why")), decisions));
        List<BackendLoad.Backend> load = new ArrayList<>();
        List<Table.Row> backends = new ArrayList<>();
        for (int i = 0; i < served.length; i++) {
            String name = LoadBalancerSimulator.BACKENDS.get(i);
            load.add(new BackendLoad.Backend(name, s.balancer() == Balancer.LAYER_4 ? n.text("load.all")
                    : i < 2 ? "/api" : "/static", served[i]));
            backends.add(Table.Row.of(name, load.get(i).pool(), Integer.toString(served[i])));
        }
        tables.add(new Table(LoadBalancerSimulator.BACKENDS_TABLE, n.text("table.backends"), columns("table.backends",
                List.of("backend", "pool", "requests")), backends));
        facts.add(new BackendLoad(load, s.balancer() == Balancer.LAYER_7));
        trace.step(time, title, narration, refs, packet, new Snapshot(List.of(), List.of(), tables, facts));
    }

    /** A table's column headings from the bundle: {@code table.key} for each key. */
    private List<String> columns(String table, List<String> keys) {
        return keys.stream().map(k -> n.text(table + "." + k)).toList();
    }
}
