package org.wirewise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.ui.catalog.LessonRegistry;

class ScenarioFilesTest {

    private final ScenarioFiles files = new ScenarioFiles();
    private final LessonCatalog catalog = LessonRegistry.standard().catalog();

    @TempDir
    Path dir;

    @Test
    void aSavedScenarioOpensAsTheSameSetup() throws Exception {
        LessonSetup setup = LessonSetup.defaults(catalog.require("tcp-handshake")).with("rttMs", "120")
                .with("sack", "off").with("seed", "77");
        Path file = dir.resolve("h.wirewise.json");
        files.write(file, setup.toDocument());
        String json = Files.readString(file);
        assertThat(json).contains("\"format\" : \"wirewise-scenario\"", "\"version\" : 1",
                "\"lesson\" : \"tcp-handshake\"", "\"rttMs\" : 120.0");
        LessonSetup reopened = LessonSetup.fromDocument(catalog, files.read(file));
        assertThat(reopened).isEqualTo(setup);
        assertThat(reopened.scenario()).isEqualTo(new HandshakeScenario(120, 100, 77, 1460, true, 7, false, true));
        assertThat(dir.toFile().list()).containsExactly("h.wirewise.json"); // no temporary file left behind
    }

    @Test
    void missingParametersTakeTheirDefaults() throws Exception {
        ScenarioDocument doc = files.parse("""
                {"format": "wirewise-scenario", "version": 1, "lesson": "tcp-handshake",
                 "parameters": {"rttMs": 30}}""", "t.json");
        LessonSetup setup = LessonSetup.fromDocument(catalog, doc);
        assertThat(((HandshakeScenario) setup.scenario()).rttMs()).isEqualTo(30);
        assertThat(((HandshakeScenario) setup.scenario()).mss()).isEqualTo(1460);
    }

    @Test
    void brokenFilesGetAMessageThatSaysWhatIsWrong() {
        assertThatThrownBy(() -> files.parse("{\"format\": \"wirewise-scenario\", \"version\": 1,", "a.json"))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("a.json: not valid JSON at line 1");
        assertThatThrownBy(() -> files.parse("[1, 2]", "b.json"))
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> files.parse("{\"format\": \"pcap\"}", "c.json"))
                .hasMessageContaining("not a Wirewise scenario file");
        assertThatThrownBy(() -> files.parse("{\"format\": \"wirewise-scenario\", \"version\": 9, \"lesson\": \"x\"}",
                "d.json")).hasMessageContaining("version 9 is not supported");
        assertThatThrownBy(() -> files.parse("{\"format\": \"wirewise-scenario\", \"version\": 1}", "e.json"))
                .hasMessageContaining("\"lesson\" must name a lesson");
    }

    @Test
    void parameterValuesAreCheckedAgainstTheirRanges() {
        assertThatThrownBy(() -> build("{\"rttMs\": 0}"))
                .hasMessage("rttMs: expected a number from 0.1 to 10000 ms, got 0");
        assertThatThrownBy(() -> build("{\"mss\": 1460.5}"))
                .hasMessage("mss: expected a whole number from 88 to 65495 bytes, got 1460.5");
        assertThatThrownBy(() -> build("{\"sack\": \"yes\"}"))
                .hasMessage("sack: expected true or false, got \"yes\"");
        assertThatThrownBy(() -> build("{\"rtt\": 80}"))
                .hasMessageStartingWith("unknown parameter rtt; known: rttMs, bandwidthMbps");
        assertThatThrownBy(() -> build("{\"seed\": 99999999999999999999999}"))
                .hasMessageStartingWith("seed: expected a whole number from 0 to");
    }

    @Test
    void anUnreadableFileIsNamed() {
        assertThatThrownBy(() -> files.read(dir.resolve("nope.wirewise.json")))
                .isInstanceOf(ScenarioException.class).hasMessageEndingWith("nope.wirewise.json: no such file");
    }

    @Test
    void textFromTheCommandLineIsParsedPerKind() throws Exception {
        LessonSetup setup = LessonSetup.defaults(catalog.require("tcp-handshake"));
        assertThat(setup.with("timestamps", "no").values().get("timestamps")).isEqualTo(false);
        assertThat(setup.with("windowShift", " 14 ").values().get("windowShift")).isEqualTo(14);
        assertThatThrownBy(() -> setup.with("windowShift", "15"))
                .hasMessage("windowShift: expected a whole number from 0 to 14, got 15");
        assertThatThrownBy(() -> setup.with("rttMs", "fast")).hasMessage(
                "rttMs: expected a number from 0.1 to 10000 ms, got \"fast\"");
    }

    private LessonSetup build(String parameters) throws Exception {
        return LessonSetup.fromDocument(catalog, files.parse("{\"format\": \"wirewise-scenario\", \"version\": 1, "
                + "\"lesson\": \"tcp-handshake\", \"parameters\": " + parameters + "}", "t.json"));
    }

    @Test
    void atomicWritesReplaceTheWholeFile() throws Exception {
        Path file = dir.resolve("x.txt");
        AtomicFiles.write(file, "a long first version".getBytes());
        AtomicFiles.write(file, "short".getBytes());
        assertThat(Files.readString(file)).isEqualTo("short");
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .contains("OWNER_READ", "OWNER_WRITE", "GROUP_READ", "OTHERS_READ");
    }
}
