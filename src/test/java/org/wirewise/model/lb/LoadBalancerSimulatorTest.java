package org.wirewise.model.lb;

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

    /** The first packet from {@code from} to {@code to} that carries data. */
    private static TracePacket firstData(Trace trace, String from, String to) {
        return trace.packets().stream().filter(p -> p.from().equals(from) && p.to().equals(to)
                && segment(p).payloadLength() > 0).findFirst().orElseThrow();
    }

    private static Ipv4Packet ip(TracePacket p) {
        byte[] ip = EthernetFrame.decode(p.frame()).payload();
        return Ipv4Packet.decode(ip, 0, ip.length);
    }

    @Test
    void layer4DecidesOnTheSynAndPassesTlsThroughByteForByteRewritingOnlyTheDestination() {
        Trace trace = run(Balancer.LAYER_4, BalancingAlgorithm.ROUND_ROBIN, true, false);
        TracePacket syn = trace.packets().get(trace.step(1).packetId());
        assertThat(segment(syn).has(org.wirewise.model.packet.TcpFlags.SYN)).isTrue();
        assertThat(syn.from()).isEqualTo(LoadBalancerSimulator.CLIENTS);
        TracePacket in = firstData(trace, LoadBalancerSimulator.CLIENTS, LoadBalancerSimulator.BALANCER);
        TracePacket out = firstData(trace, LoadBalancerSimulator.BALANCER, "backend-1");
        assertThat(segment(out).payload()).isEqualTo(segment(in).payload());
        assertThat(segment(out).payload()[0]).isEqualTo((byte) 23);
        assertThat(segment(out).sourcePort()).isEqualTo(segment(in).sourcePort());
        assertThat(segment(out).sequenceNumber()).isEqualTo(segment(in).sequenceNumber());
        assertThat(ip(out).source().getHostAddress()).isEqualTo("192.0.2.11");
        assertThat(ip(out).destination().getHostAddress()).isEqualTo("10.0.0.11");
        assertThat(ip(out).ttl()).isEqualTo(ip(in).ttl() - 1);
        // The backend's answer leaves the balancer from the virtual address, as the client expects.
        TracePacket reply = firstData(trace, LoadBalancerSimulator.BALANCER, LoadBalancerSimulator.CLIENTS);
        assertThat(ip(reply).source().getHostAddress()).isEqualTo("203.0.113.10");
        assertThat(segment(reply).sourcePort()).isEqualTo(443);
        Table reads = trace.step(1).snapshot().table(LoadBalancerSimulator.READS_TABLE).orElseThrow();
        assertThat(reads.rows()).filteredOn(Table.Row::highlighted).extracting(r -> r.cells().get(0))
                .containsExactly("Source address", "Destination address", "Protocol", "Source port",
                        "Destination port");
    }

    @Test
    void layer7TerminatesTlsAndSendsANewPlainRequestWithXForwardedFor() {
        Trace trace = run(Balancer.LAYER_7, BalancingAlgorithm.ROUND_ROBIN, true, true);
        TracePacket out = trace.packets().get(trace.step(2).packetId());
        String http = new String(segment(out).payload(), StandardCharsets.US_ASCII);
        assertThat(http).startsWith("GET /api/cart HTTP/1.1\r\nHost: shop.example.com\r\n")
                .contains("Cookie: session=alice\r\n").contains("X-Forwarded-For: 192.0.2.11\r\n")
                .contains("X-Forwarded-Proto: https\r\n");
        assertThat(ip(out).source().getHostAddress()).isEqualTo("10.0.0.2");
        // Before it could read the path, the balancer completed the client's handshake itself.
        TracePacket request = trace.packets().get(trace.step(1).packetId());
        assertThat(trace.packets().subList(0, trace.step(1).packetId())).filteredOn(p -> p.to().equals("backend-1"))
                .isEmpty();
        assertThat(segment(request).payload()[0]).isEqualTo((byte) 23);
        Table reads = trace.step(1).snapshot().table(LoadBalancerSimulator.READS_TABLE).orElseThrow();
        assertThat(reads.rows()).filteredOn(Table.Row::highlighted).extracting(r -> r.cells().get(0))
                .containsExactly("Host", "Path", "Cookie");
        Step last = trace.step(trace.stepCount() - 1);
        assertThat(last.snapshot().table(LoadBalancerSimulator.COSTS_TABLE)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyClientGetsTheAnswerOfTheBackendTheBalancerChose(boolean layer7) {
        Trace trace = run(layer7 ? Balancer.LAYER_7 : Balancer.LAYER_4, BalancingAlgorithm.ROUND_ROBIN, false, true);
        List<String> answers = trace.packets().stream().filter(p -> p.to().equals(LoadBalancerSimulator.CLIENTS))
                .map(p -> new String(segment(p).payload(), StandardCharsets.US_ASCII))
                .filter(t -> t.startsWith("HTTP/1.1 200 OK")).map(t -> t.substring(t.indexOf("served by ") + 10).trim())
                .toList();
        assertThat(answers).isEqualTo(backends(trace));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void tsharkSeesTheBackendsTrafficAsEachBalancerSendsIt(boolean layer7) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = run(layer7 ? Balancer.LAYER_7 : Balancer.LAYER_4, BalancingAlgorithm.ROUND_ROBIN, true, true);
        List<String[]> rows = Tshark.fields(trace, "backend-1", dir, "ip.src", "ip.dst", "tcp.dstport",
                "ip.checksum.status", "tcp.checksum.status", "tls.record.content_type", "http.request.uri",
                "http.x_forwarded_for", "tcp.len");
        List<String[]> toBackend = rows.stream().filter(r -> r[1].equals("10.0.0.11")).toList();
        assertThat(toBackend).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r[3]).isEqualTo("1"))
                .allSatisfy(r -> assertThat(r[4]).isEqualTo("1"));
        for (String[] r : toBackend) {
            assertThat(r[2]).isEqualTo(layer7 ? "8080" : "443");
            if (layer7) {
                assertThat(r[0]).isEqualTo("10.0.0.2");
            } else {
                assertThat(r[0]).isNotEqualTo("10.0.0.2");
            }
            if (Integer.parseInt(r[8]) > 0 && layer7) {
                assertThat(r[6]).startsWith("/api/");
                assertThat(r[7]).isNotEmpty();
            } else if (Integer.parseInt(r[8]) > 0) {
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
