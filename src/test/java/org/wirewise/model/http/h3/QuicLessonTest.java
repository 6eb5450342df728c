package org.wirewise.model.http.h3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/** The http3-quic lesson: its steps in order, the numbers they print, and tshark reading the capture with no settings. */
class QuicLessonTest {

    @TempDir
    Path dir;

    private static final Trace DEFAULT = QuicLessonSimulator.simulate(QuicLessonScenario.DEFAULTS);

    @Test
    void theStepsFollowTheConnection() {
        List<String> titles = DEFAULT.steps().stream().map(Step::title).toList();
        assertThat(titles).containsSubsequence("Initial: the ClientHello in a CRYPTO frame, padded to 1200 bytes",
                "One round trip, and the requests go", "A packet of the answers is lost", "The ACK shows the gap as ranges",
                "The lost bytes go again, in a new packet", "Off Wi-Fi: the same connection from a new address",
                "Both ends have validated the new path");
        assertThat(DEFAULT.packets().stream().filter(p -> p.fate() != Link.Fate.DELIVERED)).hasSize(1);
        assertThat(DEFAULT.secrets().stream().map(SessionSecret::label)).contains("CLIENT_HANDSHAKE_TRAFFIC_SECRET",
                "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0");
    }

    @Test
    void quicSendsTheRequestOneRoundTripBeforeTcpAndTls() {
        String step = DEFAULT.steps().stream().filter(s -> s.title().startsWith("One round trip")).findFirst().orElseThrow().narration();
        assertThat(step).contains("The first request leaves 40.5 ms after the first Initial").contains("80.3 ms after the SYN");
    }

    @Test
    void theResumedConnectionGetsThePageOneRoundTripSooner() {
        List<String> titles = DEFAULT.steps().stream().map(Step::title).toList();
        assertThat(titles).containsSubsequence("Both ends have validated the new path",
                "Resumed: the request rides with the ClientHello, in 0-RTT",
                "The server accepts 0-RTT and answers before the handshake ends", "0-RTT saved a round trip, measured", "What QUIC changed");
        Step last = DEFAULT.steps().get(DEFAULT.steps().size() - 1);
        long resumed = last.snapshot().measurements().stream().filter(m -> m.label().startsWith("0-RTT"))
                .mapToLong(m -> m.to() - m.from()).findFirst().orElseThrow();
        long rtt = 40_000_000L;
        assertThat(resumed).as("0-RTT: the answer's first byte one round trip after the first Initial").isBetween(rtt, rtt + rtt / 10);
        String saved = DEFAULT.steps().stream().filter(s -> s.title().startsWith("0-RTT saved")).findFirst().orElseThrow().narration();
        assertThat(saved).contains("with a round trip of 40.0 ms");
        Trace off = QuicLessonSimulator.simulate(new QuicLessonScenario(40, 1, false, false, false, 1));
        assertThat(off.steps().stream().map(Step::title)).noneMatch(t -> t.contains("0-RTT"));
        assertThat(off.secrets().stream().map(SessionSecret::label)).doesNotContain("CLIENT_EARLY_TRAFFIC_SECRET");
    }

    @Test
    void tsharkDecryptsTheZeroRttPacketWithTheEarlySecretTheCaptureCarries() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        assertThat(DEFAULT.secrets().stream().map(SessionSecret::label)).contains("CLIENT_EARLY_TRAFFIC_SECRET");
        Path capture = Tshark.export(DEFAULT, QuicLessonSimulator.CLIENT, dir);
        List<String[]> early = Tshark.asOpened(capture, "quic.long.packet_type", "quic.stream.stream_id", "tls.handshake.extension.type")
                .stream().filter(r -> List.of(r[0].split(",")).contains("1")).toList();
        assertThat(early).as("one datagram with a 0-RTT packet").hasSize(1);
        assertThat(early.get(0)[0]).isEqualTo("0,1"); // an Initial, then the 0-RTT packet
        assertThat(List.of(early.get(0)[1].split(","))).as("stream 0 read from the 0-RTT packet").contains("0");
        assertThat(List.of(early.get(0)[2].split(","))).as("early_data (42) and pre_shared_key (41) in the ClientHello").contains("42", "41");
    }

    @Test
    void withoutLossOrMoveThereIsNoRetransmissionAndNoPathStep() {
        Trace t = QuicLessonSimulator.simulate(new QuicLessonScenario(40, 2, false, false, false, 1));
        assertThat(t.steps().stream().map(Step::title)).doesNotContain("A packet of the answers is lost", "Both ends have validated the new path");
        assertThat(t.packets().stream().allMatch(p -> p.fate() == Link.Fate.DELIVERED)).isTrue();
    }

    @Test
    void tsharkDecryptsTheCaptureAndShowsStreamFrames() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(DEFAULT, QuicLessonSimulator.CLIENT, dir);
        List<String> types = Tshark.asOpened(capture, "quic.frame_type").stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList();
        List<Integer> frameTypes = types.stream().flatMap(t -> java.util.Arrays.stream(t.split(","))).map(Integer::valueOf).toList();
        // CRYPTO (6), STREAM (8-15), NEW_CONNECTION_ID (24), PATH_CHALLENGE (26), PATH_RESPONSE (27), HANDSHAKE_DONE (30)
        assertThat(frameTypes).contains(6, 24, 26, 27, 30).anyMatch(t -> t >= 8 && t <= 15);
        List<String> streams = Tshark.asOpened(capture, "quic.stream.stream_id").stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList();
        assertThat(String.join(",", streams)).contains("0").contains("4");
        List<String> tls = Tshark.asOpened(capture, "tls.handshake.type").stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList();
        assertThat(String.join(",", tls)).contains("1").contains("2").contains("20");
    }
}
