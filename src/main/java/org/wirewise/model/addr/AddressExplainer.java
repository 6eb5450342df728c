package org.wirewise.model.addr;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.wirewise.model.packet.Frames;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.sim.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * The "IP addresses" lesson: what an address is as bits, how big the two address spaces are, and
 * for IPv6 the RFC 5952 rules that turn any spelling into the one canonical text.
 */
public final class AddressExplainer {

    public static final String LESSON_ID = "ip-addresses";
    public static final String LANE = "address";
    /** The sender of the datagram that carries the address on the wire. */
    public static final String SENDER = "sender";
    /** UDP discard port (RFC 863): the datagram is only there to be captured. */
    static final int DISCARD_PORT = 9;
    /** Table of the RFC 5952 steps taken so far. */
    public static final TableKey TEXT_TABLE = TableKey.of("text-forms");
    /** Table of the address's forms and facts (bits, hex, network, registry). */
    public static final TableKey FACTS_TABLE = TableKey.of("facts");

    /** Columns of the text forms: the rule's RFC section and the text after it. */
    public static final int FORM_WHERE = 1;
    public static final int FORM_TEXT = 2;

    private final CidrInput input;
    private final String typed;
    private final AddressNarration n;
    private final TraceBuilder trace;
    private final List<Table.Row> forms = new ArrayList<>();
    private final IpAddress sender;

    private AddressExplainer(AddressScenario scenario, Locale language) {
        this.typed = scenario.address();
        try {
            this.input = CidrInput.parse(typed);
        } catch (AddressFormatException e) {
            throw new IllegalArgumentException("address: " + e.getMessage(), e);
        }
        this.n = new AddressNarration(language);
        IpAddress a = input.address();
        this.sender = a.isIpv4() ? IpAddress.parse(a.toString().equals("192.0.2.10") ? "192.0.2.11" : "192.0.2.10")
                : IpAddress.parse(a.toString().equals("2001:db8::10") ? "2001:db8::11" : "2001:db8::10");
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                Narration.lane(LANE, n.text("lane.address", a.family().displayName()), a.toString()),
                Narration.lane(SENDER, n.text("lane.sender"), sender.toString())));
    }

    /** The lesson in English. */
    public static Trace explain(AddressScenario scenario) {
        return explain(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; the datagram is the same in every language. */
    public static Trace explain(AddressScenario scenario, Locale language) {
        return new AddressExplainer(scenario, language).run();
    }

    private Trace run() {
        IpAddress a = input.address();
        Family f = a.family();
        int prefix = input.block().prefix();
        boolean v4 = a.isIpv4();
        forms.add(new Table.Row(List.of(n.text("form.typed"), "", typed), false));

        step(n.text("bits.title", f.displayName(), Integer.toString(f.bits())), n.bits(typed, a, octets(a)),
                List.of(v4 ? "RFC 791 §2.3" : "RFC 4291 §2.2", v4 ? "RFC 6943 §3.1.1" : "RFC 8200 §3"), -1);

        BigInteger hosts = BigInteger.ONE.shiftLeft(f.bits() - prefix);
        step(n.text("split.title", Integer.toString(prefix)),
                n.split(prefix, f.bits(), prefix == f.bits() && !typed.contains("/"), input.block(),
                        hosts.compareTo(BigInteger.ONE) > 0 && !v4 && prefix == 64),
                List.of("RFC 4632 §3.1", v4 ? "RFC 950" : "RFC 4291 §2.5"), -1);

        if (v4) {
            forms.add(new Table.Row(List.of(n.text("form.hex"), "", a.hex()), false));
            forms.add(new Table.Row(List.of(n.text("form.number"), "", a.value().toString()), false));
            step(n.text("dotted.title"), n.text("dotted.text", a),
                    List.of("RFC 6943 §3.1.1", "POSIX inet_pton"), forms.size() - 1);
        } else {
            boolean upper = !typed.equals(typed.toLowerCase(Locale.ROOT));
            List<Rfc5952.Step> steps = Rfc5952.steps(a, upper);
            for (int i = 0; i < steps.size(); i++) {
                Rfc5952.Step s = steps.get(i);
                forms.add(new Table.Row(List.of(n.rule(s), s.reference(), s.text()), false));
                step(i == 0 ? n.text("rule.fullTitle") : n.rule(s), n.explain(s, i, steps.size()),
                        List.of(s.reference()), forms.size() - 1);
            }
        }

        List<SpecialPurpose.Entry> hits = SpecialPurpose.classify(Cidr.containing(a, f.bits()));
        step(n.text("kind.title"), n.kind(a, hits), List.of(v4 ? "RFC 6890 §2.2.2" : "RFC 6890 §2.2.3"), -1);

        int packet = trace.packet(SENDER, LANE, 0, 0, Link.Fate.DELIVERED, "UDP to " + a + ":" + DISCARD_PORT,
                frame(a));
        step(n.text("wire.title", v4 ? "4" : "16"), n.wire(a), List.of(v4 ? "RFC 791 §3.1" : "RFC 8200 §3"), -1,
                packet);
        return trace.build();
    }

    private static String octets(IpAddress a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(i == 0 ? "" : ", ").append(a.octet(i)).append(" = ")
                    .append(String.format("%8s", Integer.toBinaryString(a.octet(i))).replace(' ', '0'));
        }
        return b.toString();
    }

    /** A UDP datagram from the sender to the address (discard port), as real bytes. */
    private byte[] frame(IpAddress to) {
        UdpDatagram udp = new UdpDatagram(50000, DISCARD_PORT, "wirewise".getBytes(StandardCharsets.US_ASCII));
        MacAddress src = MacAddress.of("02:00:00:00:00:0a");
        MacAddress dst = MacAddress.of("02:00:00:00:00:0b");
        try {
            if (to.isIpv4()) {
                return Frames.udpOverIpv4(src, dst, (Inet4Address) InetAddress.getByAddress(bytes(sender)),
                        (Inet4Address) InetAddress.getByAddress(bytes(to)), 1, 64, udp);
            }
            return Frames.udpOverIpv6(src, dst, Inet6Address.getByAddress(null, bytes(sender), -1),
                    Inet6Address.getByAddress(null, bytes(to), -1), 64, udp);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only thrown for a wrong length
        }
    }

    private static byte[] bytes(IpAddress a) {
        byte[] out = new byte[a.family().bits() / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) a.octet(i);
        }
        return out;
    }

    private void step(String title, String narration, List<String> refs, int highlightedForm) {
        step(title, narration, refs, highlightedForm, -1);
    }

    private void step(String title, String narration, List<String> refs, int highlightedForm, int packetId) {
        IpAddress a = input.address();
        // The narration panel lists the variables; the long values (bits, hex) go in a table.
        List<Variable> vars = List.of(
                Narration.var(n.text("var.canonical"), a),
                Narration.var(n.text("var.prefix"), "/" + input.block().prefix()),
                Narration.var(n.text("var.network"), input.block()));
        AddressFacts known = new AddressFacts(typed, a.toString(), a.family().displayName(), a.hex(), a.bits(),
                input.block().prefix(), input.block().toString(), n.units().power(a.family().bits()),
                n.units().describe(Cidr.containing(a, a.family().bits())));
        Table facts = new Table(FACTS_TABLE, n.text("facts.title"), List.of(n.text("facts.fact"),
                n.text("facts.value")), List.of(
                Table.Row.of(n.text("facts.typed"), known.typed()),
                Table.Row.of(n.text("facts.family"), known.family()),
                Table.Row.of(n.text("facts.full"), a.fullForm()),
                Table.Row.of(n.text("facts.hex"), known.hex()),
                Table.Row.of(n.text("facts.bits"), known.bits()),
                Table.Row.of(n.text("facts.prefix"), String.valueOf(known.prefix())),
                Table.Row.of(n.text("facts.network"), known.network()),
                Table.Row.of(n.text("facts.space"), known.addressSpace()),
                Table.Row.of(n.text("facts.registry"), known.registry())));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            rows.add(new Table.Row(forms.get(i).cells(), i == highlightedForm));
        }
        Table table = new Table(TEXT_TABLE, n.text("forms.title"), List.of(n.text("forms.rule"), n.text("forms.where"),
                n.text("forms.text")), rows);
        trace.step(0, title, narration, refs, packetId, new org.wirewise.model.trace.Snapshot(
                List.of(new NodeState(LANE, a.family().displayName(), vars)), List.of(), List.of(table, facts),
                List.of(known)));
    }
}
