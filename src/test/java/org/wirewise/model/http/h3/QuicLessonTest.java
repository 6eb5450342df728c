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
    void withoutLossOrMoveThereIsNoRetransmissionAndNoPathStep() {
        Trace t = QuicLessonSimulator.simulate(new QuicLessonScenario(40, 2, false, false, 1));
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
