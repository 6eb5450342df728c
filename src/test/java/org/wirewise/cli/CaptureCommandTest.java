package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.pcap.TestCaptures;

/** {@code wirewise trace --capture FILE}: a capture replayed from the command line, and its mistakes. */
class CaptureCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    private static String capture(String name) {
        return TestCaptures.DIR.resolve(name).toString();
    }

    @Test
    void aCapturesTraceListsItsStepsWithTheEndpointsStates() {
        assertThat(run("trace", "--capture", capture(TestCaptures.HTTP_SIMPLE_GET), "--format", "csv")).isZero();
        assertThat(stdoutText()).contains("The client opens: SYN,a,SYN-SENT")
                .contains("Handshake complete,b,ESTABLISHED")
                .contains("HTTP: GET / HTTP/1.1");
    }

    @Test
    void aChosenConversationIsReplayedAndOneOutOfRangeIsRefused() {
        assertThat(run("trace", "--capture", capture(TestCaptures.DNS_UDP), "--conversation", "2")).isZero();
        assertThat(stdoutText()).contains("10.178.8.71:53");
        assertThat(run("trace", "--capture", capture(TestCaptures.DNS_UDP), "--conversation", "9")).isEqualTo(2);
        assertThat(err.toString()).contains("has conversations 1 to 3, got 9");
    }

    @Test
    void aLessonIdAndACaptureTogetherAreRefused() {
        assertThat(run("trace", "tcp-handshake", "--capture", capture(TestCaptures.TLS13))).isEqualTo(2);
        assertThat(err.toString()).contains("--capture replays a capture file, so it takes no lesson id");
    }

    @Test
    void aFileThatIsNotACaptureGetsAMessageNotAStackTrace() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pcap"), "these are not packets");
        assertThat(run("trace", "--capture", text.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot open").contains("not a pcap or pcapng file")
                .doesNotContain("Exception");
    }

    @Test
    void neitherALessonNorACaptureIsRefused() {
        assertThat(run("trace")).isEqualTo(2);
        assertThat(err.toString()).contains("give a lesson id");
    }

    @Test
    void renderWithACaptureRefusesTheLessonOnlyOutputs() {
        assertThat(run("render", "--capture", capture(TestCaptures.TLS13), "--pdf", "x.pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("with --capture, give -o FILE.png");
    }
}
