package org.wirewise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;

/**
 * Scenario files a tester built to break the reader: special files, numbers too large to print,
 * versions that overflow, bytes after the object, and messages that would repeat kilobytes.
 */
class HostileScenarioFilesTest {

    private final ScenarioFiles files = new ScenarioFiles();
    private final LessonCatalog catalog = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();

    @TempDir
    Path dir;

    private static String scenario(String parameters) {
        return "{\"format\": \"wirewise-scenario\", \"version\": 1, \"lesson\": \"tcp-handshake\", \"parameters\": "
                + parameters + "}";
    }

    private String problem(String json) {
        try {
            LessonSetup.fromDocument(catalog, files.parse(json, "t.json"));
        } catch (Exception e) {
            assertThat(e).isInstanceOfAny(ScenarioException.class, org.wirewise.lesson.UnknownLessonException.class);
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("z.wirewise.json"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> files.read(link)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = dir.resolve("p.wirewise.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "needs mkfifo");
        assertThatThrownBy(() -> files.read(fifo)).hasMessageContaining("not a regular file");
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> files.read(dir)).hasMessageContaining("not a regular file");
    }

    @Test
    void aFileOverOneMebibyteIsRefused() throws Exception {
        Path big = dir.resolve("big.wirewise.json");
        Files.write(big, new byte[(1 << 20) + 1]);
        assertThatThrownBy(() -> files.read(big)).hasMessageContaining("too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483647", "-1e2147483647", "-1e21474836473", "1.5e99999999999", "1e-2147483647", "1e999", "12345678901234567890123456789"})
    void hugeNumbersGiveAShortMessage(String number) {
        for (String key : new String[] {"rttMs", "mss"}) {
            String message = problem(scenario("{\"" + key + "\": " + number + "}"));
            assertThat(message).matches(m -> m.startsWith(key + ": expected") || m.contains("a number too large"))
                    .hasSizeLessThan(200);
        }
    }

    @Test
    void aVersionThatOverflowsAnIntIsRefused() {
        String message = problem("{\"format\": \"wirewise-scenario\", \"version\": 4294967297, \"lesson\": \"tcp-handshake\"}");
        assertThat(message).contains("version 4294967297 is not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {" {}", " garbage", "\u0000\u0000\u0000", " {\"format\": 1}"})
    void anythingAfterTheObjectIsRefused(String trailing) {
        String message = problem(scenario("{}") + trailing);
        assertThat(message).contains("not valid JSON").doesNotContain("Feature").doesNotContain("`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'rttMs': 1}", "{\"rttMs\": NaN}", "{/* c */ \"rttMs\": 1}", "{\"rttMs\": 01}",
            "{\"rttMs\": 1,}"})
    void messagesNeverNameJacksonSwitches(String parameters) {
        String message = problem(scenario(parameters));
        assertThat(message).contains("not valid JSON").doesNotContain("JsonReadFeature").doesNotContain("Feature")
                .doesNotContain("enable").doesNotContain("`");
    }

    @Test
    void longValuesAreCutInMessages() {
        String tenKb = "x".repeat(10_000);
        assertThat(problem(scenario("{\"rttMs\": \"" + tenKb + "\"}"))).hasSizeLessThan(300).contains("10000 characters");
        assertThat(problem(scenario("{\"" + tenKb + "\": 1}"))).hasSizeLessThan(400).contains("10000 characters");
        assertThat(problem(scenario("{\"rttMs\": 1, \"rttMs\": 2}"))).contains("rttMs");
        assertThat(problem(scenario("{\"rttMs\": " + tenKb + "}"))).hasSizeLessThan(300);
        assertThat(problem("{\"format\": \"wirewise-scenario\", \"version\": 1, \"lesson\": \"" + tenKb + "\"}"))
                .hasSizeLessThan(600).contains("10000 characters");
    }

    @Test
    void manyUnknownKeysAreSummarised() {
        String keys = IntStream.range(0, 40_000).mapToObj(i -> "\"k" + i + "\": 1").collect(Collectors.joining(","));
        String message = problem(scenario("{" + keys + "}"));
        assertThat(message).startsWith("40000 unknown parameters: k0, k1").contains("and 39995 more")
                .hasSizeLessThan(500);
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Path file = dir.resolve("bad.wirewise.json");
        byte[] json = scenario("{}").getBytes(StandardCharsets.UTF_8);
        json[json.length - 3] = (byte) 0xFF;
        Files.write(file, json);
        assertThatThrownBy(() -> files.read(file)).hasMessageContaining("not valid UTF-8");
    }
}
