package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapngWriter;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.testing.Tshark;

/** DoT and DoH between the laptop and its resolver on the DNS lessons' network: answers, round trips, captures. */
class EncryptedDnsTest {

    private static final DnsMessage.Question WWW = new DnsMessage.Question("www.example.com", RecordType.A);

    @TempDir
    Path dir;

    /** The DNS network with the resolver's encrypted doors open and a capture at the laptop. */
    private static final class Rig {
        final DnsNetwork net = new DnsNetwork(DnsScenario.DEFAULTS, DnsObserver.NONE);
        final LessonServer identity = EncryptedDnsServer.identity(DnsScenario.DEFAULTS.seed());
        final HostNode laptop = net.hosts.get(DnsNetwork.LAPTOP);
        final List<SessionSecret> secrets = new ArrayList<>();
        final List<long[]> times = new ArrayList<>();
        final List<byte[]> frames = new ArrayList<>();

        Rig() {
            net.start();
            EncryptedDnsServer.open(net.resolver, identity);
            net.network.observe(this::capture);
        }

        private void capture(Transmission t) {
            boolean out = t.from().node() == laptop;
            boolean in = t.to().node() == laptop && t.fate() == Link.Fate.DELIVERED;
            if ((out || in) && EthernetFrame.decode(t.packet().frame()).etherType() == EtherType.IPV4) {
                times.add(new long[] {out ? t.start() : t.arrival()});
                frames.add(t.packet().frame());
            }
        }

        long now() {
            return net.network.simulation().now();
        }

        void run() {
            net.network.simulation().runUntil(now() + SimTime.seconds(5));
        }

        /** Warms the resolver's cache over UDP so the round trips measured below are the laptop's alone. */
        void warm() {
            net.phone.lookup(WWW, r -> { });
            run();
        }

        long rtt() {
            return SimTime.millis(DnsScenario.DEFAULTS.resolverRttMs());
        }

        /** The laptop's capture; with {@code secrets} it carries the TLS key log, without it is an observer's view. */
        Path pcapng(Path dir, boolean secrets) throws Exception {
            Path file = dir.resolve(secrets ? "capture.pcapng" : "observer.pcapng");
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingLong(i -> times.get(i)[0]));
            try (OutputStream o = Files.newOutputStream(file); PcapngWriter w = new PcapngWriter(o, LinkType.ETHERNET)) {
                if (secrets) {
                    w.writeTlsKeyLog(this.secrets.stream().map(s -> s.nssLine() + "\n").collect(Collectors.joining()));
                }
                for (int i : order) {
                    w.write(times.get(i)[0], frames.get(i));
                }
            }
            return file;
        }
    }

    private static boolean answersWww(DnsMessage m) {
        return m.rcode() == DnsMessage.Rcode.NOERROR && m.answers().stream()
                .anyMatch(r -> r.type() == RecordType.A && r.data().equals(Rdata.Address.of("192.0.2.10")));
    }

    @Test
    void dotAnswersOverOneConnectionTheFirstQueryAfterThreeRoundTripsTheSecondAfterOne() {
        Rig rig = new Rig();
        rig.warm();
        DotClient dot = new DotClient(rig.laptop, DnsNetwork.RESOLVER_IP, rig.identity, DnsObserver.NONE, rig.secrets::add);
        List<DnsMessage> answers = new ArrayList<>();
        List<Long> took = new ArrayList<>();
        long start = rig.now();
        dot.ask(WWW, m -> {
            answers.add(m);
            took.add(rig.now() - start);
        });
        rig.run();
        int framesAfterFirst = rig.frames.size();
        long again = rig.now();
        dot.ask(WWW, m -> {
            answers.add(m);
            took.add(rig.now() - again);
        });
        rig.run();
        assertThat(answers).hasSize(2).allMatch(EncryptedDnsTest::answersWww);
        // TCP's handshake, TLS 1.3's, then the query: three round trips; on the open connection, one
        assertThat(took.get(0)).isBetween(3 * rig.rtt(), 4 * rig.rtt());
        assertThat(took.get(1)).isBetween(rig.rtt(), 2 * rig.rtt());
        assertThat(rig.frames.size() - framesAfterFirst).as("no new handshake: one query, one answer, their ACKs")
                .isLessThanOrEqualTo(4);
        assertThat(dot.established()).isTrue();
    }

    @Test
    void dohAnswersGetAndPostOnTwoStreamsOfOneHttp2Connection() {
        Rig rig = new Rig();
        rig.warm();
        DohClient doh = new DohClient(rig.laptop, DnsNetwork.RESOLVER_IP, rig.identity, rig.secrets::add);
        List<DnsMessage> answers = new ArrayList<>();
        List<Long> took = new ArrayList<>();
        long start = rig.now();
        doh.ask(WWW, DohMessages.Method.GET, m -> {
            answers.add(m);
            took.add(rig.now() - start);
        });
        rig.run();
        long again = rig.now();
        doh.ask(WWW, DohMessages.Method.POST, m -> {
            answers.add(m);
            took.add(rig.now() - again);
        });
        rig.run();
        assertThat(answers).hasSize(2).allMatch(EncryptedDnsTest::answersWww).allMatch(m -> m.id() == 0);
        assertThat(took.get(0)).isBetween(3 * rig.rtt(), 4 * rig.rtt());
        assertThat(took.get(1)).isBetween(rig.rtt(), 2 * rig.rtt());
        assertThat(doh.http().connection().streams()).extracting(s -> s.id()).containsExactly(1, 3);
    }

    @Test
    void anObserverWithoutTheSecretsReadsTheNameOnlyInUdpAndTheServerNameInEachClientHello() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Rig rig = new Rig();
        rig.warm();
        new DotClient(rig.laptop, DnsNetwork.RESOLVER_IP, rig.identity, DnsObserver.NONE, rig.secrets::add)
                .ask(WWW, m -> { });
        new DohClient(rig.laptop, DnsNetwork.RESOLVER_IP, rig.identity, rig.secrets::add)
                .ask(WWW, DohMessages.Method.POST, m -> { });
        rig.run();
        List<String[]> rows = Tshark.asOpened(rig.pcapng(dir, false), "tcp.dstport", "dns.qry.name",
                "tls.handshake.extensions_server_name", "tls.app_data", "http2.headers.path");
        List<String[]> encrypted = rows.stream().filter(r -> !r[0].isEmpty()).toList();
        assertThat(encrypted).isNotEmpty().allMatch(r -> r[1].isEmpty() && r[4].isEmpty());
        assertThat(encrypted.stream().filter(r -> !r[2].isEmpty()).map(r -> r[0] + " " + r[2]))
                .containsExactly("853 dns.example.net", "443 dns.example.net");
        assertThat(encrypted).anyMatch(r -> r[0].equals("853") && !r[3].isEmpty())
                .anyMatch(r -> r[0].equals("443") && !r[3].isEmpty());
    }

    @Test
    void tsharkDecryptsDotAndDohFromTheSecretsTheCaptureCarries() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Rig rig = new Rig();
        rig.warm();
        new DotClient(rig.laptop, DnsNetwork.RESOLVER_IP, rig.identity, DnsObserver.NONE, rig.secrets::add)
                .ask(WWW, m -> { });
        rig.run();
        DohClient doh = new DohClient(rig.laptop, DnsNetwork.RESOLVER_IP, rig.identity, rig.secrets::add);
        doh.ask(WWW, DohMessages.Method.GET, m -> { });
        doh.ask(WWW, DohMessages.Method.POST, m -> { });
        rig.run();
        Path capture = rig.pcapng(dir, true);
        List<String[]> rows = Tshark.asOpened(capture, "udp.port", "tcp.port", "dns.qry.name", "dns.a", "http2.headers.path",
                "_ws.malformed", "_ws.expert.severity");
        assertThat(rows).noneMatch(r -> !r[5].isEmpty());
        List<String> plainUdp = rows.stream().filter(r -> r[0].contains("53") && !r[2].isEmpty()).map(r -> r[2]).toList();
        List<String> overDot = rows.stream().filter(r -> r[1].contains("853") && !r[2].isEmpty())
                .map(r -> r[2] + " " + r[3]).toList();
        List<String> overDoh = rows.stream().filter(r -> r[1].contains("443") && !r[2].isEmpty()).map(r -> r[2]).toList();
        List<String> paths = rows.stream().filter(r -> r[1].contains("443")).map(r -> r[4]).filter(s -> !s.isEmpty()).toList();
        // the switch floods the phone's first frame (the router's port not yet learned): UDP's name is there to read
        assertThat(plainUdp).containsExactly("www.example.com");
        assertThat(overDot).as("DoT's query and answer, decrypted").containsExactly("www.example.com ",
                "www.example.com 192.0.2.10");
        // tshark reads a POST's body and every answer as DNS; a GET's query is only its :path
        assertThat(overDoh).as("DoH's POST query and both answers, decrypted").hasSize(3)
                .allMatch("www.example.com"::equals);
        assertThat(paths).containsExactly("/dns-query?dns=AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB", "/dns-query");
    }
}
