package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

class TunnelingSimulatorTest {

    private static final AttacksScenario TUNNELING = AttacksScenario.DEFAULTS.withPart(AttacksScenario.Part.TUNNELING);

    @Test
    void base32IsRfc4648sWithoutPaddingInLowerCase() {
        // RFC 4648 §10's test vectors
        String[] in = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
        String[] out = {"", "my", "mzxq", "mzxw6", "mzxw6yq", "mzxw6ytb", "mzxw6ytboi"};
        for (int i = 0; i < in.length; i++) {
            assertThat(Base32.encode(in[i].getBytes())).isEqualTo(out[i]);
            assertThat(new String(Base32.decode(out[i].toUpperCase()))).isEqualTo(in[i]);
        }
    }

    @Test
    void theAttackersServerReassemblesTheFileExactlyAndTheLaptopHearsTheCommand() {
        Tunneling net = new Tunneling(3, 5000);
        net.startTunnel();
        net.run();
        assertThat(net.file).hasSize(5000);
        assertThat(net.tunnel.received()).isEqualTo(net.file);
        assertThat(net.commandHeard()).isEqualTo(Tunneling.COMMAND);
    }

    @Test
    void everyTunnelNameKeepsToRfc1035sLimits() throws Exception {
        Trace t = AttacksSimulator.simulate(TUNNELING);
        List<String> names = new ArrayList<>();
        for (TracePacket p : t.packets()) {
            if (p.from().equals(Tunneling.LAPTOP)) {
                Datagram d = Datagram.of(p.frame());
                UdpDatagram u = UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength());
                names.add(DnsReader.decode(u.payload()).question().name());
            }
        }
        List<String> tunnel = names.stream().filter(n -> n.endsWith(Tunneling.DOMAIN)).toList();
        assertThat(tunnel).hasSize((2000 + 139) / 140);
        for (int i = 0; i < tunnel.size(); i++) {
            String n = tunnel.get(i);
            assertThat(DnsName.labels(n)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(63));
            int wire = DnsName.labels(n).stream().mapToInt(l -> l.length() + 1).sum() + 1;
            assertThat(wire).isLessThanOrEqualTo(255);
            if (i < tunnel.size() - 1) {
                assertThat(wire).as("every name but the last is filled up").isGreaterThan(240);
            }
        }
    }

    @Test
    void theDetectorFlagsTheTunnelsDomainAndNotTheBrowsers() {
        Trace t = AttacksSimulator.simulate(TUNNELING);
        Table figures = detector(t);
        assertThat(figures.rows().get(0).cells().get(0)).isEqualTo("example.net");
        assertThat(figures.rows().get(0).cells().get(6)).startsWith("tunnel");
        assertThat(figures.rows().get(0).highlighted()).isTrue();
        assertThat(figures.rows().get(1).cells().get(0)).isEqualTo("example.com");
        assertThat(figures.rows().get(1).cells().get(6)).startsWith("normal");
    }

    @Test
    void aOneQueryTunnelSlipsUnderTheThresholds() {
        Trace t = AttacksSimulator.simulate(new AttacksScenario(AttacksScenario.Part.TUNNELING, 1024, false, false,
                8, 4, 1, RecordType.TXT, 100, 5, 2, 20));
        assertThat(detector(t).rows().get(0).cells().get(6)).startsWith("normal");
        assertThat(detector(t).rows().get(0).cells().get(1)).isEqualTo("1");
    }

    @Test
    void entropyIsShannonsInBitsPerCharacter() {
        assertThat(TunnelDetector.entropy("www")).isZero();
        assertThat(TunnelDetector.entropy("abab")).isEqualTo(1.0);
        assertThat(TunnelDetector.entropy("abcdefghijklmnopqrstuvwxyz234567")).isEqualTo(5.0);
        assertThat(TunnelDetector.registered("abc.0001.tunnel.example.net.")).isEqualTo("example.net.");
    }

    @Test
    void tsharkDecodesEveryTunnelQueryWithNothingMalformed(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = AttacksSimulator.simulate(TUNNELING);
        for (Lane lane : t.lanes()) {
            List<String[]> rows = Tshark.fields(t, lane.id(), dir, "frame.number", "dns.qry.name", "_ws.malformed",
                    "_ws.expert.severity");
            long expected = t.packets().stream().filter(p -> p.from().equals(lane.id()) || p.to().equals(lane.id()))
                    .count();
            assertThat(rows).as(lane.id()).hasSize((int) expected);
            assertThat(rows).as(lane.id()).allSatisfy(r -> {
                assertThat(r[1]).isNotEmpty();
                assertThat(r[2]).isEmpty();
            });
        }
        List<String[]> laptop = Tshark.fields(t, Tunneling.LAPTOP, dir, "dns.qry.name", "dns.flags.response");
        assertThat(laptop.stream().filter(r -> r[1].equals("False") || r[1].equals("0"))
                .filter(r -> r[0].endsWith("tunnel.example.net")).count()).isEqualTo((2000 + 139) / 140);
    }

    private static Table detector(Trace t) {
        Step last = t.steps().get(t.steps().size() - 1);
        return last.snapshot().table(AttacksSimulator.DETECTOR).orElseThrow();
    }
}
