package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/** The words of the load balancer lesson, in one language ({@code load-balancers.properties} and its translations). */
final class LbNarration {

    private final LoadBalancerScenario s;
    private final boolean l4;
    private final Texts texts;

    LbNarration(LoadBalancerScenario s, Locale language) {
        this.s = s;
        this.l4 = s.balancer() == Balancer.LAYER_4;
        this.texts = Texts.of("org.wirewise.model.lb.load-balancers", language);
    }

    /** A text of the bundle: a title, a column, a lane. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The balancer's kind as a sentence names it: "Layer 4" in English, "capa 4" in Spanish. */
    String balancer() {
        return texts.get("balancer.inSentence." + s.balancer().name());
    }

    /** A pool's name, from what it serves. */
    String pool(BackendPicker.Pool pool) {
        return texts.get(l4 ? "pool.all" : pool.prefix().isEmpty() ? "pool.static" : "pool.api");
    }

    /** A dissector field's name: Wireshark's, with a gloss where the language has one. */
    String fieldName(String field) {
        String key = "field." + field.replaceAll("[^A-Za-z0-9]", "");
        return texts.has(key) ? texts.get(key) : field;
    }

    String introTitle() {
        return texts.get(l4 ? "intro.title.l4" : "intro.title.l7");
    }

    String intro() {
        String common = texts.get("intro.common", s.https() ? "https" : "http");
        if (l4) {
            return texts.get("intro.l4", LoadBalancerSimulator.VIP.getHostAddress(), common, pick());
        }
        return texts.get("intro.l7", s.https() ? texts.get("intro.l7.tls") : "", common, pick());
    }

    private String pick() {
        String algo = texts.get(s.algorithm() == BalancingAlgorithm.ROUND_ROBIN ? "pick.roundRobin" : "pick.hash");
        String stick = !s.sticky() ? "" : texts.get(l4 ? "pick.sticky.l4" : "pick.sticky.l7");
        return algo + stick;
    }

    List<String> introReferences() {
        return l4 ? List.of("RFC 9293 §3.1", "RFC 791 §3.1") : List.of("RFC 9110 §7.2", "RFC 6265 §5.4");
    }

    String readsTitle(int index) {
        return texts.get("step.reads", Integer.toString(index + 1), balancer());
    }

    /** @param plainLength the request's bytes as the layer-7 balancer read them (unused at layer 4) */
    String reads(int index, LoadBalancerSimulator.Request r, Inet4Address ip, int port, int plainLength) {
        String who = texts.get("reads.who", Integer.toString(index + 1), r.client(), ip.getHostAddress(),
                Integer.toString(port), texts.get(l4 ? "reads.opens" : "reads.sends"), r.method(), r.path(),
                r.cookie().isEmpty() ? "" : texts.get("reads.cookie", r.cookie()));
        if (l4) {
            return who + texts.get("reads.l4", ip.getHostAddress(), Integer.toString(port),
                    LoadBalancerSimulator.VIP.getHostAddress(), s.https() ? "443" : "80",
                    texts.get(s.https() ? "reads.l4.tls" : "reads.l4.plain"));
        }
        return who + texts.get("reads.l7", texts.get(s.https() ? "reads.l7.tls" : "reads.l7.plain"),
                Integer.toString(plainLength));
    }

    List<String> readsReferences() {
        return l4 ? List.of("RFC 9293 §3.1", "RFC 791 §3.1")
                : s.https() ? List.of("RFC 8446 §5.2", "RFC 9112 §3", "RFC 6265 §5.4")
                : List.of("RFC 9112 §3", "RFC 6265 §5.4");
    }

    String forwardTitle(int index, String backend) {
        return texts.get("step.forward", Integer.toString(index + 1), backend);
    }

    String forward(int index, LoadBalancerSimulator.Request r, String why, int ipLength) {
        if (l4) {
            return texts.get("forward.l4", why, s.https() ? texts.get("forward.l4.tls") : "");
        }
        return texts.get("forward.l7", why, LoadBalancerSimulator.INSIDE.getHostAddress(), r.ip(),
                s.https() ? texts.get("forward.l7.tls") : "", Integer.toString(ipLength));
    }

    List<String> forwardReferences() {
        return l4 ? List.of("RFC 3022 §2") : List.of("RFC 7239 §4", "RFC 9110 §7.6");
    }

    /** Why the balancer chose what it did, in a few words. */
    String why(BackendPicker.Choice c) {
        String backend = LoadBalancerSimulator.BACKENDS.get(c.backend());
        if (c.stickyHit()) {
            return texts.get(l4 ? "why.sticky.l4" : "why.sticky.l7", c.stickyKey(), backend);
        }
        int size = c.pool().backends().size();
        String why = c.algorithm() == BalancingAlgorithm.ROUND_ROBIN
                ? texts.get("why.roundRobin", pool(c.pool()), Integer.toString(c.turn()))
                : texts.get("why.hash", pool(c.pool()), String.format(Locale.ROOT, "0x%08x", c.hash()),
                Integer.toString(size), Long.toString(c.hash() % size));
        return why + (!c.remembered() ? "" : texts.get(l4 ? "why.remembered.l4" : "why.remembered.l7", c.stickyKey()));
    }

    /** A packet's label: whose it is, its flags and ports, and what its payload starts with (wire notation, English). */
    static String label(org.wirewise.model.packet.TcpSegment seg, String client, boolean https) {
        String payload = "";
        byte[] p = seg.payload();
        if (p.length > 0) {
            String text = new String(p, java.nio.charset.StandardCharsets.ISO_8859_1);
            payload = https && p[0] == 23 ? "  TLS data, " + p.length + " bytes"
                    : "  " + text.substring(0, Math.max(0, text.indexOf('\r')));
        }
        return (client.isEmpty() ? "" : client + " ") + org.wirewise.model.packet.TcpFlags.names(seg.flags()) + "  "
                + seg.sourcePort() + " → " + seg.destinationPort() + payload;
    }

    String costsTitle() {
        return texts.get("step.costs");
    }

    String costs() {
        return texts.get("costs");
    }

    Table costTable() {
        List<Table.Row> rows = List.of("reads", "routes", "tls", "connections", "sticky", "address", "cost").stream()
                .map(k -> Table.Row.of(texts.get("costs." + k), texts.get("costs." + k + ".l4"),
                        texts.get("costs." + k + ".l7"))).toList();
        return new Table(LoadBalancerSimulator.COSTS_TABLE, texts.get("table.costs"),
                List.of("", texts.get("table.costs.l4"), texts.get("table.costs.l7")), rows);
    }
}
