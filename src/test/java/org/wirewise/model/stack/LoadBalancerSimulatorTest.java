package org.wirewise.model.stack;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

class LoadBalancerSimulatorTest {

    @TempDir
    Path dir;

    private static Trace run(Balancer b, BalancingAlgorithm a, boolean https, boolean sticky) {
        return LoadBalancerSimulator.simulate(new LoadBalancerScenario(b, a, https, sticky, 1));
    }

    private static List<String> backends(Trace trace) {
        Table d = trace.step(trace.stepCount() - 1).snapshot().table(LoadBalancerSimulator.DECISIONS_TABLE)
                .orElseThrow();
        return d.rows().stream().map(r -> r.cells().get(4)).toList();
    }

    private static TcpSegment segment(TracePacket p) {
        byte[] ip = EthernetFrame.decode(p.frame()).payload();
        Ipv4Packet v4 = Ipv4Packet.decode(ip, 0, ip.length);
        return TcpSegment.decode(v4.payload(), 0, v4.payload().length);
    }

    @Test
    void layer7RoutesApiAndStaticToTheirPoolsAndKeepsSessionsSticky() {
        List<String> b = backends(run(Balancer.LAYER_7, BalancingAlgorithm.ROUND_ROBIN, true, true));
        // Requests: alice /api, bob /static, alice /api, carol /static, bob /api, alice /api.
        assertThat(b).containsExactly("backend-1", "backend-3", "backend-1", "backend-4", "backend-2", "backend-1");
        List<String> plain = backends(run(Balancer.LAYER_7, BalancingAlgorithm.ROUND_ROBIN, true, false));
        assertThat(plain).containsExactly("backend-1", "backend-3", "backend-2", "backend-4", "backend-1",
                "backend-2");
    }

    @Test
    void layer4RoundRobinIgnoresTheUrlAndHashFollowsTheFiveTuple() {
        assertThat(backends(run(Balancer.LAYER_4, BalancingAlgorithm.ROUND_ROBIN, false, false)))
                .containsExactly("backend-1", "backend-2", "backend-3", "backend-4", "backend-1", "backend-2");
        Trace hashed = run(Balancer.LAYER_4, BalancingAlgorithm.HASH, false, false);
        Table d = hashed.step(hashed.stepCount() - 1).snapshot().table(LoadBalancerSimulator.DECISIONS_TABLE)
                .orElseThrow();
        for (Table.Row r : d.rows()) {
            String why = r.cells().get(5);
            int mod = Integer.parseInt(why.substring(why.lastIndexOf("= ") + 2));
            assertThat(r.cells().get(4)).isEqualTo("backend-" + (mod + 1));
        }
        // Source affinity: all of alice's connections land on one backend.
        List<String> sticky = backends(run(Balancer.LAYER_4, BalancingAlgorithm.HASH, false, true));
        assertThat(List.of(sticky.get(0), sticky.get(2), sticky.get(5))).containsOnly(sticky.get(0));
    }

    @Test
    void layer4PassesTlsThroughByteForByteAndRewritesOnlyTheDestination() {
        Trace trace = run(Balancer.LAYER_4, BalancingAlgorithm.ROUND_ROBIN, true, false);
        TracePacket in = trace.packets().get(0);
        TracePacket out = trace.packets().get(1);
        assertThat(out.from()).isEqualTo(LoadBalancerSimulator.BALANCER);
        assertThat(segment(out).payload()).isEqualTo(segment(in).payload());
        assertThat(segment(out).payload()[0]).isEqualTo((byte) 23);
        assertThat(segment(out).sourcePort()).isEqualTo(segment(in).sourcePort());
        byte[] ip = EthernetFrame.decode(out.frame()).payload();
        Ipv4Packet v4 = Ipv4Packet.decode(ip, 0, ip.length);
        assertThat(v4.source().getHostAddress()).isEqualTo("192.0.2.11");
        assertThat(v4.destination().getHostAddress()).isEqualTo("10.0.0.11");
        Table reads = trace.step(1).snapshot().table(LoadBalancerSimulator.READS_TABLE).orElseThrow();
        assertThat(reads.rows()).filteredOn(Table.Row::highlighted).extracting(r -> r.cells().get(0))
                .containsExactly("Source address", "Destination address", "Protocol", "Source port",
                        "Destination port");
    }

    @Test
    void layer7TerminatesTlsAndSendsANewPlainRequestWithXForwardedFor() {
        Trace trace = run(Balancer.LAYER_7, BalancingAlgorithm.ROUND_ROBIN, true, true);
        TracePacket out = trace.packets().get(1);
        String http = new String(segment(out).payload(), StandardCharsets.US_ASCII);
        assertThat(http).startsWith("GET /api/cart HTTP/1.1\r\nHost: shop.example.com\r\n")
                .contains("Cookie: session=alice\r\n").contains("X-Forwarded-For: 192.0.2.11\r\n")
                .contains("X-Forwarded-Proto: https\r\n");
        byte[] ip = EthernetFrame.decode(out.frame()).payload();
        assertThat(Ipv4Packet.decode(ip, 0, ip.length).source().getHostAddress()).isEqualTo("10.0.0.2");
        Table reads = trace.step(1).snapshot().table(LoadBalancerSimulator.READS_TABLE).orElseThrow();
        assertThat(reads.rows()).filteredOn(Table.Row::highlighted).extracting(r -> r.cells().get(0))
                .containsExactly("Host", "Path", "Cookie");
        Step last = trace.step(trace.stepCount() - 1);
        assertThat(last.snapshot().table(LoadBalancerSimulator.COSTS_TABLE)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void tsharkSeesTheBackendsTrafficAsEachBalancerSendsIt(boolean layer7) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = run(layer7 ? Balancer.LAYER_7 : Balancer.LAYER_4, BalancingAlgorithm.ROUND_ROBIN, true, true);
        List<String[]> rows = Tshark.fields(trace, "backend-1", dir, "ip.src", "ip.dst", "tcp.dstport",
                "ip.checksum.status", "tcp.checksum.status", "tls.record.content_type", "http.request.uri",
                "http.x_forwarded_for");
        assertThat(rows).isNotEmpty();
        for (String[] r : rows) {
            assertThat(r[1]).isEqualTo("10.0.0.11");
            assertThat(r[2]).isEqualTo(layer7 ? "8080" : "443");
            assertThat(r[3]).isEqualTo("1");
            assertThat(r[4]).isEqualTo("1");
            if (layer7) {
                assertThat(r[0]).isEqualTo("10.0.0.2");
                assertThat(r[6]).startsWith("/api/");
                assertThat(r[7]).isNotEmpty();
            } else {
                assertThat(r[0]).isNotEqualTo("10.0.0.2");
                assertThat(r[5]).as("TLS passed through to the backend").isEqualTo("23");
            }
        }
    }

    static java.util.stream.LongStream cases() {
        return java.util.stream.LongStream.rangeClosed(1, 24);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("cases")
    void sameScenarioGivesTheSameTraceAndEveryRequestIsServedOnce(long caseSeed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(caseSeed);
        LoadBalancerScenario s = new LoadBalancerScenario(Balancer.values()[r.nextInt(2)],
                BalancingAlgorithm.values()[r.nextInt(2)], r.nextBoolean(), r.nextBoolean(),
                r.nextLong(0, Long.MAX_VALUE));
        Trace a = LoadBalancerSimulator.simulate(s);
        assertThat(LoadBalancerSimulator.simulate(s)).as("case %d: %s", caseSeed, s).isEqualTo(a);
        List<String> chosen = backends(a);
        assertThat(chosen).as("case %d", caseSeed).hasSize(6);
        if (s.balancer() == Balancer.LAYER_7) {
            List<LoadBalancerSimulator.Request> requests = LoadBalancerSimulator.REQUESTS;
            for (int i = 0; i < requests.size(); i++) {
                boolean api = requests.get(i).path().startsWith("/api/");
                assertThat(chosen.get(i)).as("case %d request %d", caseSeed, i + 1)
                        .isIn(api ? List.of("backend-1", "backend-2") : List.of("backend-3", "backend-4"));
            }
        }
    }
}
