package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.PcapReader;

/** The protocol stack lessons from the command line: trace, pcap at any device, one-line errors. */
class StackCommandLineTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"osi-model", "encapsulation", "load-balancers", "which-layer"})
    void everyStackLessonTracesAsJson(String lesson) throws Exception {
        assertThat(run("trace", lesson)).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout.toString(StandardCharsets.UTF_8) + out);
        assertThat(json.get("steps").size()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void encapsulationCapturesAtTheRouterShowTheFrameInAndOut() throws Exception {
        Path file = dir.resolve("r.pcap");
        assertThat(run("pcap", "encapsulation", "--at", "router", "--set", "ipVersion=ipv6", "-o",
                file.toString())).isZero();
        Capture capture = PcapReader.read(file);
        assertThat(capture.packets()).hasSize(2);
        byte[] in = capture.packets().get(0).data();
        byte[] outFrame = capture.packets().get(1).data();
        assertThat(in[14 + 7] & 0xFF).isEqualTo(64); // IPv6 Hop Limit in
        assertThat(outFrame[14 + 7] & 0xFF).isEqualTo(63); // and out
    }

    @Test
    void aMeaninglessValueIsOneLineNamingTheParameter() {
        assertThat(run("trace", "encapsulation", "--set", "headers=NoColon")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("headers:").contains("Name: value");
        err.getBuffer().setLength(0);
        assertThat(run("trace", "load-balancers", "--set", "balancer=layer-5")).isEqualTo(2);
        assertThat(err.toString()).contains("balancer").contains("layer-4");
        err.getBuffer().setLength(0);
        assertThat(run("trace", "which-layer", "--set", "questions=3")).isEqualTo(2);
        assertThat(err.toString()).contains("questions");
    }

    @Test
    void sameSeedGivesByteIdenticalCaptures() throws Exception {
        Path a = dir.resolve("a.pcap");
        Path b = dir.resolve("b.pcap");
        assertThat(run("pcap", "load-balancers", "--set", "seed=9", "--at", "lb", "-o", a.toString())).isZero();
        assertThat(run("pcap", "load-balancers", "--set", "seed=9", "--at", "lb", "-o", b.toString())).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).hasSizeGreaterThan(24);
    }
}
