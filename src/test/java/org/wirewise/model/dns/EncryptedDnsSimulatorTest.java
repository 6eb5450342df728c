package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/** The encrypted-dns lesson: its measured round trips, its observer view against tshark's, its capture decrypting. */
class EncryptedDnsSimulatorTest {

    @TempDir
    Path dir;

    @Test
    void theFirstEncryptedAnswerPaysTcpAndTlsAndTheSecondOnlyItsOwnRoundTrip() {
        double rttMs = 50;
        EncryptedDnsScenario s = new EncryptedDnsScenario("www.example.com", "mail.example.com", RecordType.A, rttMs, 7);
        var times = EncryptedDnsSimulator.run(s).times();
        long rtt = SimTime.millis(rttMs);
        TransportTimes udp = times.get(DnsTransport.UDP);
        assertThat(udp.first()).isBetween(rtt, rtt + rtt / 10);
        assertThat(udp.tcp()).isZero();
        for (DnsTransport t : List.of(DnsTransport.DOT, DnsTransport.DOH)) {
            TransportTimes x = times.get(t);
            assertThat(x.tcp()).as(t + " TCP").isBetween(rtt, rtt + rtt / 10);
            assertThat(x.tls()).as(t + " TLS").isBetween(rtt, rtt + rtt / 10);
            assertThat(x.first()).as(t + " first answer: three round trips").isBetween(3 * rtt, 3 * rtt + rtt / 5);
            assertThat(x.second()).as(t + " second answer, on the open connection").isBetween(rtt, rtt + rtt / 10);
        }
    }

    @Test
    void theObserverViewReadsWhatTsharkReadsWithoutTheKeyLog() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace withKeys = EncryptedDnsSimulator.simulate(EncryptedDnsScenario.DEFAULTS);
        Trace observer = new Trace(withKeys.lessonId(), withKeys.lanes(), withKeys.steps(), withKeys.packets());
        List<String[]> rows = Tshark.asOpened(Tshark.export(observer, DnsNetwork.LAPTOP, dir), "dns.qry.name",
                "tls.handshake.extensions_server_name", "http2.headers.path");
        Set<String> names = new TreeSet<>();
        Set<String> serverNames = new TreeSet<>();
        rows.forEach(r -> {
            names.addAll(split(r[0]));
            serverNames.addAll(split(r[1]));
            assertThat(r[2]).as("no HTTP/2 readable without the keys").isEmpty();
        });
        Set<String> lessonNames = new TreeSet<>();
        Set<String> lessonServerNames = new TreeSet<>();
        for (var step : withKeys.steps()) {
            step.snapshot().table(EncryptedDnsSimulator.OBSERVER).ifPresent(t -> {
                cell(t, "Question").ifPresent(q -> lessonNames.add(q.substring(0, q.indexOf(' '))));
                cell(t, "Server name (SNI)").ifPresent(lessonServerNames::add);
            });
        }
        assertThat(names).containsExactly("mail.example.com", "www.example.com");
        assertThat(lessonNames).isEqualTo(names);
        assertThat(serverNames).containsExactly("dns.example.net");
        assertThat(lessonServerNames).isEqualTo(serverNames);
    }

    @Test
    void tsharkDecryptsDotAndDohFromTheLessonsExportWithNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace trace = EncryptedDnsSimulator.simulate(EncryptedDnsScenario.DEFAULTS);
        List<String[]> rows = Tshark.asOpened(Tshark.export(trace, DnsNetwork.LAPTOP, dir), "tcp.port", "dns.qry.name",
                "dns.a", "http2.headers.method", "_ws.malformed", "_ws.expert.severity");
        assertThat(rows).noneMatch(r -> !r[4].isEmpty());
        List<String> dot = rows.stream().filter(r -> r[0].contains("853") && !r[1].isEmpty())
                .map(r -> r[1] + " " + r[2]).toList();
        assertThat(dot).containsExactly("www.example.com ", "www.example.com 192.0.2.10", "mail.example.com ",
                "mail.example.com 192.0.2.25");
        assertThat(rows.stream().filter(r -> r[0].contains("443")).map(r -> r[3]).filter(m -> !m.isEmpty()))
                .containsExactly("GET", "POST");
        // a GET's query is only in its :path; the POST's body and both answers tshark reads as DNS
        assertThat(rows.stream().filter(r -> r[0].contains("443") && !r[1].isEmpty()).map(r -> r[1] + " " + r[2]))
                .containsExactly("www.example.com 192.0.2.10", "mail.example.com ", "mail.example.com 192.0.2.25");
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(","));
    }

    private static java.util.Optional<String> cell(Table t, String field) {
        return t.rows().stream().filter(r -> r.cells().get(0).equals(field)).map(r -> r.cells().get(1)).findFirst();
    }
}
