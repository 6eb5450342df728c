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

    private final CidrInput input;
    private final String typed;
    private final TraceBuilder trace;
    private final List<Table.Row> forms = new ArrayList<>();
    private final IpAddress sender;

    private AddressExplainer(AddressScenario scenario) {
        this.typed = scenario.address();
        try {
            this.input = CidrInput.parse(typed);
        } catch (AddressFormatException e) {
            throw new IllegalArgumentException("address: " + e.getMessage(), e);
        }
        IpAddress a = input.address();
        this.sender = a.isIpv4() ? IpAddress.parse(a.toString().equals("192.0.2.10") ? "192.0.2.11" : "192.0.2.10")
                : IpAddress.parse(a.toString().equals("2001:db8::10") ? "2001:db8::11" : "2001:db8::10");
        this.trace = new TraceBuilder(LESSON_ID, List.of(Narration.lane(LANE, a.family().displayName() + " address",
                a.toString()), Narration.lane(SENDER, "Sender", sender.toString())));
    }

    public static Trace explain(AddressScenario scenario) {
        return new AddressExplainer(scenario).run();
    }

    private Trace run() {
        IpAddress a = input.address();
        Family f = a.family();
        int prefix = input.block().prefix();
        boolean v4 = a.isIpv4();
        forms.add(new Table.Row(List.of("As typed", "", typed), false));

        String space = v4
                ? "IPv4 has 2^32 = 4,294,967,296 addresses: about one for every two people alive, which is why "
                        + "the free pool ran out (IANA's in 2011) and NAT and CGNAT share them."
                : "IPv6 has 2^128 ≈ 3.4 × 10^38 addresses. A single /64 LAN holds 2^64: as many addresses as 2^32 "
                        + "whole IPv4 internets. Divided among 8.1 billion people, that is about "
                        + Narration.scientific(f.size().divide(Narration.WORLD_POPULATION)) + " addresses each.";
        step("An " + f.displayName() + " address is a " + f.bits() + "-bit number",
                (v4 ? "\"" + typed + "\" is four octets in dotted decimal: " + octets(a) + ". As one number it is "
                        + Narration.grouped(a.value()) + " (hex " + a.hex() + ")."
                        : "\"" + typed + "\" is eight 16-bit groups written in hex and separated by colons. ")
                        + " " + space,
                List.of(v4 ? "RFC 791 §2.3" : "RFC 4291 §2.2", v4 ? "RFC 6943 §3.1.1" : "RFC 8200 §3"), -1);

        BigInteger hosts = BigInteger.ONE.shiftLeft(f.bits() - prefix);
        String networkPart = prefix == f.bits() && !typed.contains("/")
                ? "No prefix was given, so the whole address is shown as network bits (a /" + f.bits()
                        + ": one host). Type address/prefix to split it."
                : "The first " + prefix + " bits name the network " + input.block() + "; the other " + (f.bits() - prefix)
                        + " bits pick one of " + Narration.power(f.bits() - prefix) + " addresses in it.";
        step("Network bits and host bits: /" + prefix,
                networkPart + (hosts.compareTo(BigInteger.ONE) > 0 && !v4 && prefix == 64
                        ? " A /64 is the normal IPv6 subnet: the 64-bit interface identifier is what SLAAC fills in "
                                + "(RFC 4291 §2.5.1)." : ""),
                List.of("RFC 4632 §3.1", v4 ? "RFC 950" : "RFC 4291 §2.5"), -1);

        if (v4) {
            forms.add(new Table.Row(List.of("Hex", "", a.hex()), false));
            forms.add(new Table.Row(List.of("One number", "", Narration.grouped(a.value()).replace(",", "")), false));
            step("Dotted decimal has one spelling",
                    "Each octet is written in decimal without leading zeros, so " + a + " is the only text "
                            + "inet_pton() accepts for it. Older parsers (inet_aton) also take \"0300.0.2.1\" as "
                            + "octal and \"3221225985\" as one number, which is why strict parsers refuse leading zeros.",
                    List.of("RFC 6943 §3.1.1", "POSIX inet_pton"), forms.size() - 1);
        } else {
            boolean upper = !typed.equals(typed.toLowerCase(java.util.Locale.ROOT));
            List<Rfc5952.Step> steps = Rfc5952.steps(a, upper);
            for (int i = 0; i < steps.size(); i++) {
                Rfc5952.Step s = steps.get(i);
                forms.add(new Table.Row(List.of(s.rule(), s.reference(), s.text()), false));
                step(i == 0 ? "Write it out in full" : s.rule(), narrate(s, i, steps.size()),
                        List.of(s.reference()), forms.size() - 1);
            }
        }

        List<SpecialPurpose.Entry> hits = SpecialPurpose.classify(Cidr.containing(a, f.bits()));
        step("What kind of address is it?",
                hits.isEmpty() ? a + " is in no special-purpose block: "
                        + (v4 ? "an ordinary global unicast address." : "global unicast if it is in 2000::/3.")
                        : a + " is in " + hits.get(0).block() + ", " + hits.get(0).name() + " (" + hits.get(0).rfc()
                                + "). Globally reachable: " + reach(hits.get(0).reachable()) + ".",
                List.of(v4 ? "RFC 6890 §2.2.2" : "RFC 6890 §2.2.3"), -1);

        int packet = trace.packet(SENDER, LANE, 0, 0, Link.Fate.DELIVERED, "UDP to " + a + ":" + DISCARD_PORT,
                frame(a));
        step("On the wire: " + (v4 ? "4 bytes" : "16 bytes") + ", no text at all",
                "A datagram to " + a + " carries the address as " + (v4 ? "4" : "16") + " bytes in the "
                        + f.displayName() + " header's destination field (" + (v4 ? "bytes 16-19" : "bytes 24-39")
                        + " of the header). Text forms exist only for people; export the capture and Wireshark "
                        + "shows the same canonical text.",
                List.of(v4 ? "RFC 791 §3.1" : "RFC 8200 §3"), -1, packet);
        return trace.build();
    }

    private static String narrate(Rfc5952.Step s, int index, int count) {
        if (index == 0) {
            return "Every IPv6 address can be written as eight groups of four hex digits. Many other spellings "
                    + "mean the same 128 bits, so logs, configs and searches disagree unless everyone writes the one "
                    + "canonical form RFC 5952 defines. The next steps apply its rules in order.";
        }
        String effect = s.changed() ? " Result: " + s.text() + "." : " Nothing changes here: " + s.text() + ".";
        return switch (s.reference()) {
            case "RFC 5952 §4.1" -> "Leading zeros in a 16-bit field MUST be suppressed: \"0db8\" becomes \"db8\" "
                    + "and \"0000\" becomes \"0\"." + effect;
            case "RFC 5952 §4.2" -> "\"::\" MUST shorten as much as possible: the longest run of consecutive zero "
                    + "groups. It MUST NOT shorten a single zero group, and when two runs are equally long the first is "
                    + "shortened." + effect;
            case "RFC 5952 §4.3" -> "The letters a-f MUST be lower case." + effect
                    + (index == count - 1 ? " This is the canonical text." : "");
            default -> "An IPv4-mapped address (::ffff:0:0/96) keeps its last 32 bits in dotted decimal, so the IPv4 "
                    + "address stays recognisable." + effect + " This is the canonical text.";
        };
    }

    private static String reach(SpecialPurpose.Reach r) {
        return switch (r) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_APPLICABLE -> "not applicable";
        };
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
                Narration.var("Canonical", a),
                Narration.var("Prefix", "/" + input.block().prefix()),
                Narration.var("Network", input.block()));
        AddressFacts known = new AddressFacts(typed, a.family().displayName(), a.hex(), a.bits(),
                input.block().prefix(), input.block().toString(), Narration.power(a.family().bits()),
                SpecialPurpose.describe(Cidr.containing(a, a.family().bits())));
        Table facts = new Table(FACTS_TABLE, "Facts", List.of("Fact", "Value"), List.of(
                Table.Row.of("Typed", known.typed()),
                Table.Row.of("Family", known.family()),
                Table.Row.of("Full form", a.fullForm()),
                Table.Row.of("Hex", known.hex()),
                Table.Row.of("Bits", known.bits()),
                Table.Row.of("Prefix", String.valueOf(known.prefix())),
                Table.Row.of("Network", known.network()),
                Table.Row.of("Address space", known.addressSpace()),
                Table.Row.of("Registry", known.registry())));
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            rows.add(new Table.Row(forms.get(i).cells(), i == highlightedForm));
        }
        Table table = new Table(TEXT_TABLE, "Text forms", List.of("Rule", "Where", "Text"), rows);
        trace.step(0, title, narration, refs, packetId, new org.wirewise.model.trace.Snapshot(
                List.of(new NodeState(LANE, a.family().displayName(), vars)), List.of(), List.of(table, facts),
                List.of(known)));
    }
}
