package org.wirewise.model.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/** The URL journey as the user follows it, and its captures as Wireshark opens them. */
class JourneySimulatorTest {

    private static final Trace DEFAULTS = JourneySimulator.simulate(JourneyScenario.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void theLaptopsCaptureDecryptsWithNoSettingsAndShowsEveryRequestOnOneConnection() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(DEFAULTS, JourneyNetwork.LAPTOP, dir);
        List<String> paths = Tshark.asOpened(capture, "http2.headers.path").stream().map(r -> r[0])
                .filter(p -> !p.isEmpty()).flatMap(p -> java.util.Arrays.stream(p.split(","))).toList();
        assertThat(paths).containsExactly("/", "/app.css", "/app.js", "/hero.svg");
        List<String> ports = Tshark.asOpened(capture, "tcp.srcport").stream().map(r -> r[0])
                .filter(p -> !p.isEmpty() && !p.equals("443")).distinct().toList();
        assertThat(ports).as("one TCP connection from the laptop").hasSize(1);
        assertThat(Tshark.asOpened(capture, "tls.handshake.extensions_server_name").stream().map(r -> r[0])
                .filter(s -> !s.isEmpty())).containsExactly(JourneyZones.SITE);
    }

    @Test
    void theBalancersCaptureShowsTheFlowOnBothSidesWithOnlyTheDestinationRewritten() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(DEFAULTS, JourneyNetwork.LB, dir);
        List<String[]> hellos = Tshark.matching(capture, "tls.handshake.type == 1", "ip.src", "ip.dst", "tcp.srcport",
                "tls.handshake.random");
        assertThat(hellos).hasSize(2);
        assertThat(hellos.get(0)[1]).isEqualTo(JourneyNetwork.VIP.getHostAddress());
        assertThat(hellos.get(1)[1]).startsWith("10.0.0.1");
        assertThat(hellos.get(1)[0]).as("the client's (NAT's) address is kept").isEqualTo(hellos.get(0)[0])
                .isEqualTo(JourneyNetwork.HOME_PUBLIC.getHostAddress());
        assertThat(hellos.get(1)[3]).as("the same ClientHello, unread").isEqualTo(hellos.get(0)[3]);
        assertThat(Tshark.asOpened(capture, "http2.headers.path").stream().map(r -> r[0]).filter(p -> !p.isEmpty()))
                .as("the balancer's capture decrypts too: the pcapng carries the key log").isNotEmpty();
    }

    @Test
    void overHttp3TheLaptopSpeaksQuicOnUdp443AndItsCaptureDecryptsWithNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace h3 = JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, "1.3", "3", 1));
        Path capture = Tshark.export(h3, JourneyNetwork.LAPTOP, dir);
        assertThat(Tshark.asOpened(capture, "tcp.port").stream().map(r -> r[0]).filter(p -> !p.isEmpty()))
                .as("no TCP at all: the browser went straight to QUIC").isEmpty();
        assertThat(Tshark.asOpened(capture, "tls.handshake.extensions_alpn_str").stream().map(r -> r[0])
                .filter(a -> !a.isEmpty()).distinct()).containsExactly("h3");
        // request streams are only readable in 1-RTT packets: the pcapng's secrets opened them
        List<String> streams = Tshark.matching(capture, "udp.dstport == 443", "quic.stream.stream_id").stream()
                .map(r -> r[0]).filter(x -> !x.isEmpty()).flatMap(x -> java.util.Arrays.stream(x.split(",")))
                .distinct().toList();
        assertThat(streams).contains("0", "4", "8", "12");
        assertThat(Tshark.matching(capture, "_ws.malformed || _ws.expert.severity >= \"error\"", "frame.number"))
                .isEmpty();
    }

    @Test
    void theBalancerForwardsQuicsUdpFlowWithOnlyTheDestinationRewritten() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace h3 = JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, "1.3", "3", 1));
        Path capture = Tshark.export(h3, JourneyNetwork.LB, dir);
        List<String[]> initials = Tshark.matching(capture, "quic.long.packet_type == 0 && udp.dstport == 443",
                "ip.src", "ip.dst", "udp.srcport", "quic.dcid");
        assertThat(initials.get(0)[1]).isEqualTo(JourneyNetwork.VIP.getHostAddress());
        assertThat(initials.get(1)[1]).startsWith("10.0.0.1");
        assertThat(initials.get(1)[0]).isEqualTo(initials.get(0)[0]).isEqualTo(JourneyNetwork.HOME_PUBLIC.getHostAddress());
        assertThat(initials.get(1)[2]).as("the NAT's port, kept").isEqualTo(initials.get(0)[2]);
        assertThat(initials.get(1)[3]).as("the same connection ID, unread").isEqualTo(initials.get(0)[3]);
        List<String[]> back = Tshark.matching(capture, "udp.srcport == 443", "ip.src");
        assertThat(back.stream().map(r -> r[0]).distinct()).as("replies leave with the virtual address as source")
                .contains(JourneyNetwork.VIP.getHostAddress()).hasSize(2);
    }

    @Test
    void http3WithAnythingButAFullTls13HandshakeIsRefusedWithWhatIsAllowed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JourneyScenario("cold", 80, 0, "1.2", "3", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tls must be 1.3");
    }

    @Test
    void theDatabaseQueryIsPostgresAsWiresharkReadsIt() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(DEFAULTS, JourneyNetwork.DB, dir);
        assertThat(Tshark.fields(capture, "pgsql.query").stream().map(r -> r[0]).filter(q -> !q.isEmpty()))
                .containsExactly(ShopServers.FRONT_PAGE_SQL);
        assertThat(Tshark.matching(capture, "_ws.malformed || _ws.expert.severity >= \"error\"", "frame.number"))
                .isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameJourneyAndAnotherSeedOtherPorts() {
        Trace again = JourneySimulator.simulate(JourneyScenario.DEFAULTS);
        assertThat(again.steps().stream().map(s -> s.title() + s.narration()).toList())
                .isEqualTo(DEFAULTS.steps().stream().map(s -> s.title() + s.narration()).toList());
        Trace other = JourneySimulator.simulate(new JourneyScenario("cold", 80, 0, 2));
        assertThat(other.packets().get(14).frame()).isNotEqualTo(DEFAULTS.packets().get(14).frame());
    }

    @Test
    void aWarmBrowserCacheSkipsTheNetworkAndAWarmResolverSkipsTheWalk() {
        Trace browser = JourneySimulator.simulate(new JourneyScenario("browser", 80, 0, 1));
        assertThat(browser.packets()).noneMatch(p -> p.label().startsWith("DNS"));
        Trace resolver = JourneySimulator.simulate(new JourneyScenario("resolver", 80, 0, 1));
        assertThat(resolver.packets()).anyMatch(p -> p.label().startsWith("DNS query"))
                .noneMatch(p -> p.to().equals(JourneyNetwork.ROOT));
    }
}
