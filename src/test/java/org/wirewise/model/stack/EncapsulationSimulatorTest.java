package org.wirewise.model.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.packet.Checksum;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.Ipv6Packet;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

class EncapsulationSimulatorTest {

    private static final EncapsulationScenario DEFAULTS = EncapsulationScenario.DEFAULTS;

    private static EncapsulationScenario with(boolean https, IpVersion ip, HttpMethod method, int bodyBytes, int mtu) {
        return new EncapsulationScenario(method, "www.example.com", "/upload", "Accept: */*", "",
                bodyBytes, https, ip, mtu, 7);
    }

    private static List<TracePacket> from(Trace trace, String lane) {
        return trace.packets().stream().filter(p -> p.from().equals(lane)).toList();
    }

    private static Step step(Trace trace, String titleStart) {
        return trace.steps().stream().filter(s -> s.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void theRouterDecrementsTtlRecomputesTheChecksumAndRewritesMacs() {
        Trace trace = EncapsulationSimulator.simulate(DEFAULTS);
        byte[] in = from(trace, "client").get(0).frame();
        byte[] out = from(trace, "router").get(0).frame();
        EthernetFrame ein = EthernetFrame.decode(in);
        EthernetFrame eout = EthernetFrame.decode(out);
        Ipv4Packet ipIn = Ipv4Packet.decode(ein.payload(), 0, ein.payload().length);
        Ipv4Packet ipOut = Ipv4Packet.decode(eout.payload(), 0, eout.payload().length);
        assertThat(ipIn.ttl()).isEqualTo(64);
        assertThat(ipOut.ttl()).isEqualTo(63); // RFC 1812 §5.3.1
        // RFC 1071 §1: a header with a valid checksum sums to zero (all ones before complementing).
        assertThat(Checksum.internet(eout.payload(), 0, 20)).isZero();
        assertThat(Encapsulation.ipv4Checksum(out)).isNotEqualTo(Encapsulation.ipv4Checksum(in));
        // RFC 1624 §3, eqn. 3: HC' = ~(~HC + ~m + m'), with m the 16-bit word holding TTL and protocol.
        int hc = Encapsulation.ipv4Checksum(in);
        int m = (64 << 8) | 6;
        int m2 = (63 << 8) | 6;
        int sum = (~hc & 0xFFFF) + (~m & 0xFFFF) + m2;
        sum = (sum & 0xFFFF) + (sum >>> 16);
        sum = (sum & 0xFFFF) + (sum >>> 16);
        assertThat(Encapsulation.ipv4Checksum(out)).isEqualTo(~sum & 0xFFFF);
        assertThat(eout.source()).isEqualTo(EncapsulationSimulator.ROUTER_WAN_MAC);
        assertThat(eout.destination()).isEqualTo(EncapsulationSimulator.SERVER_MAC);
        assertThat(ein.destination()).isEqualTo(EncapsulationSimulator.ROUTER_LAN_MAC);
        assertThat(ipOut.payload()).as("the TCP segment is untouched").isEqualTo(ipIn.payload());
        assertThat(ipOut.source()).isEqualTo(ipIn.source());
        assertThat(ipOut.destination()).isEqualTo(ipIn.destination());
        Table changes = step(trace, "The router").snapshot().table(EncapsulationSimulator.CHANGES_TABLE).orElseThrow();
        assertThat(changes.rows()).anySatisfy(r -> assertThat(r.cells()).containsExactly("TTL", "64", "63"));
    }

    @Test
    void theSwitchForwardsTheFrameUnchanged() {
        Trace trace = EncapsulationSimulator.simulate(DEFAULTS);
        assertThat(from(trace, "switch").get(0).frame()).isEqualTo(from(trace, "client").get(0).frame());
        assertThat(step(trace, "The switch").snapshot().table(EncapsulationSimulator.DEVICES_TABLE).orElseThrow()
                .rows()).anySatisfy(r -> assertThat(r.cells()).containsExactly("switch", "Ethernet,Physical",
                "Ethernet"));
    }

    @Test
    void ipv6DecrementsHopLimitAndHasNoChecksum() {
        Trace trace = EncapsulationSimulator.simulate(with(false, IpVersion.IPV6, HttpMethod.GET, 0, 1500));
        EthernetFrame out = EthernetFrame.decode(from(trace, "router").get(0).frame());
        Ipv6Packet ip = Ipv6Packet.decode(out.payload(), 0, out.payload().length);
        assertThat(ip.hopLimit()).isEqualTo(63); // RFC 8200 §3
        assertThat(Encapsulation.ipv4Checksum(from(trace, "router").get(0).frame())).isEqualTo(-1);
        assertThat(overhead(trace, "MTU → MSS")).isEqualTo("1500 − 40 − 20 = 1440");
    }

    @Test
    void aBodyLargerThanTheMssIsSplitIntoSegmentsThatReassembleToTheRequest() {
        EncapsulationScenario s = with(false, IpVersion.IPV4, HttpMethod.POST, 4000, 1500);
        Trace trace = EncapsulationSimulator.simulate(s);
        List<TracePacket> sent = from(trace, "client");
        assertThat(sent).hasSize(3);
        StringBuilder stream = new StringBuilder();
        long firstSeq = -1;
        long expected = -1;
        for (TracePacket p : sent) {
            EthernetFrame e = EthernetFrame.decode(p.frame());
            TcpSegment seg = TcpSegment.decode(e.payload(), 20, e.payload().length - 20);
            assertThat(e.payload().length).as("IP packet within the MTU").isLessThanOrEqualTo(1500);
            if (firstSeq < 0) {
                firstSeq = seg.sequenceNumber();
            } else {
                assertThat(seg.sequenceNumber()).as("sequence numbers count bytes").isEqualTo(expected);
            }
            expected = (seg.sequenceNumber() + seg.payloadLength()) & 0xFFFF_FFFFL;
            stream.append(new String(seg.payload(), StandardCharsets.UTF_8));
        }
        assertThat(TcpSegment.decode(EthernetFrame.decode(sent.get(0).frame()).payload(), 20,
                1480).payloadLength()).isEqualTo(1460); // MSS = 1500 − 20 − 20 (RFC 9293 §3.7.1)
        assertThat(stream.toString()).startsWith("POST /upload HTTP/1.1\r\nHost: www.example.com\r\n")
                .contains("Content-Length: 4000\r\n\r\n").hasSize(stream.indexOf("\r\n\r\n") + 4 + 4000);
        assertThat(overhead(trace, "Segments")).isEqualTo("3");
        assertThat(trace.steps()).anySatisfy(st -> assertThat(st.title()).isEqualTo("The other segments follow"));
    }

    @Test
    void aSmallerMtuGivesASmallerMssAndMoreSegments() {
        Trace trace = EncapsulationSimulator.simulate(with(false, IpVersion.IPV4, HttpMethod.POST, 4000, 576));
        assertThat(overhead(trace, "MTU → MSS")).isEqualTo("576 − 20 − 20 = 536"); // RFC 879's default MSS
        assertThat(from(trace, "client")).hasSize(8);
    }

    @Test
    void httpsSealsTheRequestInTls13ApplicationDataRecords() {
        Trace trace = EncapsulationSimulator.simulate(with(true, IpVersion.IPV4, HttpMethod.GET, 0, 1500));
        EthernetFrame e = EthernetFrame.decode(from(trace, "client").get(0).frame());
        TcpSegment seg = TcpSegment.decode(e.payload(), 20, e.payload().length - 20);
        assertThat(seg.destinationPort()).isEqualTo(443);
        byte[] p = seg.payload();
        // RFC 8446 §5.2: opaque_type 23, legacy_record_version 0x0303, length = content + 1 + 16 (AES-GCM tag).
        assertThat(p[0]).isEqualTo((byte) 23);
        assertThat(p[1]).isEqualTo((byte) 3);
        assertThat(p[2]).isEqualTo((byte) 3);
        int length = ((p[3] & 0xFF) << 8) | (p[4] & 0xFF);
        int plaintext = Integer.parseInt(overhead(trace, "HTTP request (payload)"));
        assertThat(length).isEqualTo(plaintext + 17);
        assertThat(p).hasSize(5 + length);
        assertThat(StackDissector.find(StackDissector.dissect(e.encode()), "TLSv1.3 Record Layer")).isNotNull();
    }

    @Test
    void recordsHoldAtMost16KiBOfPlaintext() {
        byte[] sealed = TlsRecords.seal(new byte[20_000], new SplittableRandom(1));
        assertThat(sealed).hasSize(20_000 + 2 * 22); // RFC 8446 §5.1: 2^14 bytes per record at most
        int first = ((sealed[3] & 0xFF) << 8) | (sealed[4] & 0xFF);
        assertThat(first).isEqualTo((1 << 14) + 17);
        assertThat(sealed[5 + first]).isEqualTo((byte) 23);
    }

    @Test
    void theDefaultRequestsOverheadAddsUp() {
        Trace trace = EncapsulationSimulator.simulate(DEFAULTS);
        int http = Integer.parseInt(overhead(trace, "HTTP request (payload)"));
        assertThat(http).isEqualTo(DEFAULTS.method().name().length() + 1 + "/index.html HTTP/1.1\r\n".length()
                + "Host: www.example.com\r\n".length() + "User-Agent: wirewise/1.0\r\n".length()
                + "Accept: text/html\r\n".length() + 2);
        assertThat(overhead(trace, "On the wire")).isEqualTo(Integer.toString(http + 20 + 20 + 18 + 20));
    }

    @Test
    void theFrameGrowsDownTheStackAndShrinksUpIt() {
        Trace trace = EncapsulationSimulator.simulate(DEFAULTS);
        List<Integer> layerCounts = trace.steps().stream()
                .map(s -> s.snapshot().table(TableKey.of("layers")).orElseThrow().rows().size()).toList();
        assertThat(layerCounts.subList(0, 5)).containsExactly(1, 2, 3, 4, 5);
        assertThat(trace.steps()).extracting(Step::title).contains("The switch reads layer 2 only",
                "The router reads layer 3 and rewrites", "HTTP reads the request", "Overhead in numbers");
        assertThat(trace.steps().get(trace.stepCount() - 2).snapshot().table(TableKey.of("layers")).orElseThrow().rows())
                .hasSize(1);
    }

    @Test
    void badInputNamesTheParameter() {
        EncapsulationScenario d = DEFAULTS;
        assertThatThrownBy(() -> EncapsulationSimulator.simulate(new EncapsulationScenario(d.method(), d.host(),
                "index.html", d.headers(), d.body(), 0, false, IpVersion.IPV4, 1500, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("path:");
        assertThatThrownBy(() -> EncapsulationSimulator.simulate(new EncapsulationScenario(d.method(), "bad host!",
                d.path(), d.headers(), d.body(), 0, false, IpVersion.IPV4, 1500, 1)))
                .hasMessageStartingWith("host:");
        assertThatThrownBy(() -> EncapsulationSimulator.simulate(new EncapsulationScenario(d.method(), d.host(),
                d.path(), "NoColonHere", d.body(), 0, false, IpVersion.IPV4, 1500, 1)))
                .hasMessageStartingWith("headers:");
        assertThatThrownBy(() -> EncapsulationSimulator.simulate(new EncapsulationScenario(HttpMethod.GET, d.host(),
                d.path(), d.headers(), "x=1", 0, false, IpVersion.IPV4, 1500, 1)))
                .hasMessageStartingWith("body:");
        assertThatThrownBy(() -> EncapsulationSimulator.simulate(with(false, IpVersion.IPV6, HttpMethod.GET, 0, 1000)))
                .hasMessageStartingWith("mtu:").hasMessageContaining("1280");
    }

    static LongStream cases() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameScenarioGivesTheSameTraceAndEveryIpv4HeaderChecksumIsValid(long caseSeed) {
        SplittableRandom r = new SplittableRandom(caseSeed);
        HttpMethod method = HttpMethod.values()[r.nextInt(4)];
        boolean body = method == HttpMethod.POST || method == HttpMethod.PUT;
        EncapsulationScenario s = new EncapsulationScenario(method, "api.example.org", "/v1/items/" + r.nextInt(1000),
                "Accept: */*", body ? "{\"n\":" + r.nextInt() + "}" : "", body ? r.nextInt(0, 20_000) : 0,
                r.nextBoolean(), IpVersion.IPV4, r.nextInt(576, 9001), r.nextLong(0, Long.MAX_VALUE));
        Trace a = EncapsulationSimulator.simulate(s);
        assertThat(EncapsulationSimulator.simulate(s)).as("case %d: %s", caseSeed, s).isEqualTo(a);
        for (TracePacket p : a.packets()) {
            byte[] ip = EthernetFrame.decode(p.frame()).payload();
            assertThat(Checksum.internet(ip, 0, 20)).as("case %d packet %d", caseSeed, p.id()).isZero();
            assertThat(ip.length).as("case %d packet %d within MTU", caseSeed, p.id()).isLessThanOrEqualTo(s.mtu());
        }
    }

    private static String overhead(Trace trace, String item) {
        Table t = trace.step(0).snapshot().table(EncapsulationSimulator.OVERHEAD_TABLE).orElseThrow();
        return t.rows().stream().filter(r -> r.cells().get(0).startsWith(item)).findFirst().orElseThrow()
                .cells().get(1);
    }

    @Test
    void tlsAddsAHeaderAndATrailerAndTheBlocksAddUpToTheFrame() {
        Trace trace = EncapsulationSimulator.simulate(with(true, IpVersion.IPV4, HttpMethod.GET, 0, 1500));
        for (Step st : trace.steps()) {
            Table layers = st.snapshot().table(TableKey.of("layers")).orElseThrow();
            if (layers.rows().get(0).cells().get(1).equals("Ethernet")) {
                int sum = layers.rows().stream().mapToInt(r -> Integer.parseInt(r.cells().get(2))).sum();
                assertThat(sum).as(st.title()).isEqualTo(trace.packets().get(st.packetId()).length());
            }
        }
        Table tls = step(trace, "TLS seals").snapshot().table(TableKey.of("layers")).orElseThrow();
        assertThat(tls.rows()).extracting(r -> r.cells().get(1) + " " + r.cells().get(2))
                .containsExactly("TLS 5", "HTTP " + overhead(trace, "HTTP request"), "TLS tag 17");
        assertThat(tls.rows()).filteredOn(Table.Row::highlighted).hasSize(2);
    }
}
