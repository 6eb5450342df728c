package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad scenario files on the command line are one line on stderr and exit 2, never an internal error. */
class ScenarioArgumentsTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void aNumberTooLargeToPrintIsAMessage() throws Exception {
        Path file = dir.resolve("huge.wirewise.json");
        Files.writeString(file, "{\"format\": \"wirewise-scenario\", \"version\": 1, \"lesson\": \"tcp-handshake\", "
                + "\"parameters\": {\"rttMs\": 1e2147483647}}");
        assertThat(run("trace", "tcp-handshake", "--scenario", file.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("wirewise: rttMs: expected").doesNotContain("internal error");
    }

    @Test
    void aLinkToDevZeroIsRefusedAtOnce() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("z.wirewise.json"), Path.of("/dev/zero"));
        assertThat(run("trace", "tcp-handshake", "--scenario", link.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a regular file");
        Files.delete(link);
    }

    @Test
    void aLongSetArgumentIsCutInTheMessage() {
        assertThat(run("trace", "tcp-handshake", "--set", "rttMs=" + "9".repeat(10_000))).isEqualTo(2);
        assertThat(err.toString()).hasSizeLessThan(300).contains("10000 characters");
    }
}
