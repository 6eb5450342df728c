package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wirewise.model.packet.FieldTrees.child;
import static org.wirewise.model.packet.FieldTrees.layer;
import static org.wirewise.model.packet.FieldTrees.names;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.testing.Tshark;

/**
 * Payload dissectors registered by port and by heuristic, as Wireshark dispatches them, and the
 * DNS dissector against tshark on a real capture.
 */
class PayloadsTest {

    private static final MacAddress A = MacAddress.of("02:00:00:00:00:01");
    private static final MacAddress B = MacAddress.of("02:00:00:00:00:02");

    private static byte[] udp(int sourcePort, int destinationPort, byte[] payload) {
        return Frames.udpOverIpv4(A, B, Hex.v4("192.0.2.1"), Hex.v4("192.0.2.2"), 1, 64,
                new UdpDatagram(sourcePort, destinationPort, payload));
    }

    private static PayloadDissector named(String name) {
        return (b, off, end, layers) -> layers.add(Field.leaf(name, "", off, end - off));
    }

    // ---- dispatch ----

    @Test
    void aLessonAddsItsProtocolByRegisteringADissector() {
        byte[] frame = udp(40000, 9999, new byte[] {1, 2, 3});
        Payloads withToy = Payloads.STANDARD.with(Payloads.Transport.UDP, 9999, named("Toy Protocol"));

        assertThat(names(Dissector.dissect(frame, withToy))).endsWith("User Datagram Protocol", "Toy Protocol");
        assertThat(names(Dissector.dissect(frame))).as("the standard table is unchanged").endsWith("Data");
    }

    @Test
    void theLowerPortIsTriedFirstThenTheHigherThenTheHeuristics() {
        Payloads table = Payloads.NONE.with(Payloads.Transport.UDP, 7000, named("Low"))
                .with(Payloads.Transport.UDP, 8000, named("High"))
                .withHeuristic(Payloads.Transport.UDP, named("Guess"));
        Payloads refusingLow = Payloads.NONE.with(Payloads.Transport.UDP, 7000, (b, o, e, l) -> false)
                .with(Payloads.Transport.UDP, 8000, named("High"));

        assertThat(names(Dissector.dissect(udp(8000, 7000, new byte[4]), table))).last().isEqualTo("Low");
        assertThat(names(Dissector.dissect(udp(8000, 7000, new byte[4]), refusingLow))).last().isEqualTo("High");
        assertThat(names(Dissector.dissect(udp(1111, 2222, new byte[4]), table))).last().isEqualTo("Guess");
        assertThat(names(Dissector.dissect(udp(1111, 2222, new byte[4]), Payloads.NONE))).last().isEqualTo("Data");
    }

    @Test
    void aDissectorThatFailsLeavesDataWithTheReasonNotAnException() {
        Payloads table = Payloads.NONE.with(Payloads.Transport.UDP, 7000, (b, off, end, layers) -> {
            layers.add(Field.leaf("Half", "", off, 1));
            throw new IllegalStateException("boom");
        });
        Field root = Dissector.dissect(udp(7000, 7001, new byte[4]), table);

        assertThat(names(root)).endsWith("User Datagram Protocol", "Data");
        assertThat(child(layer(root, "Data"), Dissector.MALFORMED).value()).contains("boom");
    }

    @Test
    void oneDissectorPerPort() {
        Payloads table = Payloads.NONE.with(Payloads.Transport.TCP, 443, named("x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.with(Payloads.Transport.TCP, 443, named("y")))
                .hasMessage("TCP port 443 already has a dissector");
    }

    // ---- DNS ----

    @Test
    void dnsNameCompressionIsFollowedAndALoopIsMalformedNotAHang() {
        // RFC 1035 §4.1.4: the answer's name is a pointer to the question's name at offset 12.
        byte[] answer = HexFormat.of().parseHex("abcd8180000100010000000003777777076578616d706c6503636f6d00"
                + "00010001c00c000100010000012c0004c6336450");
        Field dns = layer(Dissector.dissect(udp(53, 40000, answer)), "Domain Name System");
        Field rr = child(dns, "Answers").children().get(0);

        assertThat(dns.value()).isEqualTo("response");
        assertThat(child(rr, "Name").value()).isEqualTo("www.example.com");
        assertThat(child(rr, "Address").value()).isEqualTo("198.51.100.80");
        assertThat(child(rr, "Time to live").value()).isEqualTo("300");

        byte[] loop = HexFormat.of().parseHex("abcd01000001000000000000c00c00010001");
        Field bad = layer(Dissector.dissect(udp(40000, 53, loop)), "Domain Name System");
        assertThat(child(bad, Dissector.MALFORMED).value()).isEqualTo("name compression loops");
    }

    @Test
    void dnsOfARealResolverReadsAsTsharkReadsIt() throws Exception {
        Capture capture = TestCaptures.read(TestCaptures.DNS_UDP);
        List<String[]> mine = new ArrayList<>();
        for (var packet : capture.packets()) {
            mine.add(fields(layer(Dissector.dissect(packet.data()), "Domain Name System")));
        }
        // Known from Wireshark: frame 2 answers with a CNAME, then the address.
        assertThat(mine.get(1)[3]).isEqualTo("www.github.com");
        assertThat(mine.get(1)[9]).isEqualTo("github.com");
        assertThat(mine.get(1)[8]).startsWith("192.30.252.128,");
        assumeTrue(Tshark.available(), Tshark.MISSING);
        List<String[]> theirs = Tshark.fields(TestCaptures.DIR.resolve(TestCaptures.DNS_UDP), "dns.id", "dns.flags",
                "dns.count.queries", "dns.qry.name", "dns.qry.type", "dns.qry.class", "dns.resp.name",
                "dns.resp.type", "dns.a", "dns.cname", "dns.ns", "dns.resp.ttl", "dns.count.answers",
                "dns.count.auth_rr", "dns.count.add_rr");
        assertThat(theirs).hasSameSizeAs(mine);
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i)).as("frame %d", i + 1).containsExactly(theirs.get(i));
        }
    }

    /** The tshark fields above, read from our tree. */
    private static String[] fields(Field dns) {
        List<Field> questions = section(dns, "Queries");
        List<Field> records = new ArrayList<>(section(dns, "Answers"));
        records.addAll(section(dns, "Authoritative nameservers"));
        records.addAll(section(dns, "Additional records"));
        return new String[] {
            child(dns, "Transaction ID").value(),
            child(dns, "Flags").value().split(" ")[0],
            child(dns, "Questions").value(),
            join(questions, "Name", false),
            join(questions, "Type", true),
            join(questions, "Class", true),
            join(records, "Name", false),
            join(records, "Type", true),
            join(records, "Address", false),
            join(records, "CNAME", false),
            join(records, "Name Server", false),
            join(records, "Time to live", false),
            child(dns, "Answer RRs").value(),
            child(dns, "Authority RRs").value(),
            child(dns, "Additional RRs").value()};
    }

    private static List<Field> section(Field dns, String name) {
        return FieldTrees.find(dns, name).map(Field::children).orElse(List.of());
    }

    /** One field of each entry that has it, comma-joined as tshark aggregates; "(1)" → "1" when asked. */
    private static String join(List<Field> entries, String name, boolean inParentheses) {
        return entries.stream().map(e -> FieldTrees.find(e, name)).filter(java.util.Optional::isPresent)
                .map(f -> f.get().value())
                .map(v -> inParentheses ? v.substring(v.lastIndexOf('(') + 1, v.length() - 1) : v)
                .collect(Collectors.joining(","));
    }
}
