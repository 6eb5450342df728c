package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.PcapReader;

/** The command line as a user runs it: output, files and one-line errors with exit code 2. */
class CommandLineTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void lessonsListsTheHandshake() throws Exception {
        assertThat(run("lessons")).isZero();
        assertThat(stdoutText()).contains("tcp-handshake", "Three-way handshake");
        // Every id, chapter and title starts in the same column whatever an id's length, and each
        // chapter's lessons are listed together, in the window's chapter order.
        var catalog = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();
        var lines = stdoutText().lines().toList();
        assertThat(lines).hasSize(catalog.all().size());
        java.util.Set<Integer> chapterColumns = new java.util.HashSet<>();
        java.util.Set<Integer> titleColumns = new java.util.HashSet<>();
        java.util.List<org.wirewise.lesson.Chapter> order = new java.util.ArrayList<>();
        for (String line : lines) {
            var lesson = catalog.require(line.substring(0, line.indexOf(' ')));
            chapterColumns.add(line.indexOf(lesson.chapter().displayName(), lesson.id().length()));
            titleColumns.add(line.lastIndexOf(lesson.title()));
            order.add(lesson.chapter());
        }
        assertThat(chapterColumns).hasSize(1);
        assertThat(titleColumns).hasSize(1);
        assertThat(order).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        out.getBuffer().setLength(0);
        assertThat(run("lessons", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get(0).get("id").asText()).isEqualTo("tcp-handshake");
        assertThat(json.get(0).get("parameters")).extracting(p -> p.get("key").asText())
                .contains("rttMs", "seed", "mss", "windowScaling", "sack", "timestamps");
    }

    @Test
    void traceAsJsonHasEveryStepWithBothEndpoints() throws Exception {
        assertThat(run("trace", "tcp-handshake", "--set", "rttMs=100")).isZero();
        JsonNode json = new ObjectMapper().readTree(stdoutText());
        assertThat(json.get("steps")).hasSize(8);
        JsonNode step4 = json.get("steps").get(3);
        assertThat(step4.get("title").asText()).isEqualTo("SYN-ACK arrives; the client is ESTABLISHED");
        assertThat(step4.get("nodes").get(0).get("state").asText()).isEqualTo("ESTABLISHED");
        assertThat(step4.get("nodes").get(0).get("variables").get("SND.NXT").asText()).isNotEqualTo("–");
        assertThat(step4.get("timeNs").asLong()).isBetween(100_000_000L, 100_100_000L);
        assertThat(json.get("parameters").get("rttMs").asDouble()).isEqualTo(100);
    }

    @Test
    void jsonCanBeAskedForByName() throws Exception {
        assertThat(run("trace", "tcp-handshake", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(stdoutText()).get("steps")).hasSize(8);
    }

    @Test
    void traceAsCsvHasARowPerStepAndLane() {
        assertThat(run("trace", "tcp-handshake", "--format", "csv")).isZero();
        String[] lines = stdoutText().split("\r\n");
        assertThat(lines[0]).startsWith("step,time_ms,title,lane,state,ISS,SND.UNA,SND.NXT");
        assertThat(lines).hasSize(1 + 8 * 2);
        assertThat(lines[3]).startsWith("2,0.000000,The client sends SYN,client,SYN-SENT,");
    }

    @Test
    void pcapWritesTheHandshakeAsCapturedOnTheClient() throws Exception {
        Path file = dir.resolve("h.pcap");
        assertThat(run("pcap", "tcp-handshake", "-o", file.toString())).isZero();
        Capture capture = PcapReader.read(file);
        assertThat(capture.linkType()).isEqualTo(1);
        assertThat(capture.packets()).hasSize(5);
        assertThat(capture.packets().get(0).data()).hasSize(74);
        Path serverSide = dir.resolve("s.pcap");
        assertThat(run("pcap", "tcp-handshake", "--at", "server", "-o", serverSide.toString())).isZero();
        // The server sees the SYN 40 ms (plus serialization) after the client sent it.
        long clientSyn = capture.packets().get(0).timestampNanos();
        long serverSyn = PcapReader.read(serverSide).packets().get(0).timestampNanos();
        assertThat(serverSyn - clientSyn).isBetween(40_000_000L, 40_010_000L);
    }

    @Test
    void sameSeedGivesByteIdenticalPcaps() throws Exception {
        Path a = dir.resolve("a.pcap");
        Path b = dir.resolve("b.pcap");
        assertThat(run("pcap", "tcp-handshake", "--set", "seed=5", "-o", a.toString())).isZero();
        assertThat(run("pcap", "tcp-handshake", "--set", "seed=5", "-o", b.toString())).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void aScenarioFileIsUsedAndCheckedAgainstTheLesson() throws Exception {
        Path scenario = dir.resolve("s.wirewise.json");
        Files.writeString(scenario, """
                {"format": "wirewise-scenario", "version": 1, "lesson": "tcp-handshake",
                 "parameters": {"rttMs": 10, "sack": false}}""");
        assertThat(run("trace", "tcp-handshake", "--scenario", scenario.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(stdoutText());
        assertThat(json.get("parameters").get("rttMs").asDouble()).isEqualTo(10);
        assertThat(json.get("parameters").get("sack").asBoolean()).isFalse();
    }

    @Test
    void mistakesPrintOneLineAndExitWithTwo() throws Exception {
        Path broken = dir.resolve("broken.wirewise.json");
        Files.writeString(broken, "{ not json");
        String[][] cases = {
                {"trace", "no-such-lesson"},
                {"trace", "tcp-handshake", "--set", "rttMs=-3"},
                {"trace", "tcp-handshake", "--set", "rttMs"},
                {"trace", "tcp-handshake", "--set", "bogus=1"},
                {"trace", "tcp-handshake", "--format", "xml"},
                {"trace", "tcp-handshake", "--json", "--format", "csv"},
                {"trace", "tcp-handshake", "--scenario", broken.toString()},
                {"trace", "tcp-handshake", "--scenario", dir.resolve("missing.json").toString()},
                {"pcap", "tcp-handshake"},
                {"pcap", "tcp-handshake", "--at", "router", "-o", dir.resolve("x.pcap").toString()},
                {"render", "tcp-handshake", "--step", "99", "-o", dir.resolve("x.png").toString()},
                {"render", "tcp-handshake", "--size", "big", "-o", dir.resolve("x.png").toString()},
                {"render", "tcp-handshake", "--theme", "sepia", "-o", dir.resolve("x.png").toString()},
                {"--lesson", "nope"},
                {"--step", "2"},
                {dir.resolve("absent.wirewise.json").toString()},
                {broken.toString(), "--lesson", "tcp-handshake"},
                {"frobnicate"},
        };
        for (String[] args : cases) {
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            String message = err.toString();
            assertThat(message.strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(message).as(String.join(" ", args)).startsWith("wirewise: ").doesNotContain("Exception");
        }
        assertThat(dir.resolve("x.png")).doesNotExist();
        assertThat(dir.resolve("x.pcap")).doesNotExist();
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Wirewise ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("lessons", "trace", "pcap", "render");
    }
}
