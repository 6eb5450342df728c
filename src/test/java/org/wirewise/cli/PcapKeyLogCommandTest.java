package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.Main;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.tcp.TcpHandshakeLesson;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioSchema;

/**
 * {@code wirewise pcap} for a lesson whose trace carries TLS secrets: the file is pcapng (a .pcap
 * name becomes .pcapng), and {@code --keylog} writes the SSLKEYLOGFILE; a lesson without secrets
 * refuses --keylog with exit code 2 and writes nothing. The lesson here is the TCP handshake with
 * two key log lines added, so the test does not wait for a TLS lesson.
 */
class PcapKeyLogCommandTest extends CommandLineHarness {

    private static final SessionSecret CLIENT = new SessionSecret("CLIENT_TRAFFIC_SECRET_0", bytes(32, 1), bytes(32, 2));
    private static final SessionSecret SERVER = new SessionSecret("SERVER_TRAFFIC_SECRET_0", bytes(32, 1), bytes(32, 3));

    @TempDir
    Path dir;

    @Test
    void aTraceWithSecrets_isWrittenAsPcapngBesideTheKeyLog() throws Exception {
        Path keyLog = dir.resolve("keys.log");
        int code = run("pcap", "tls-like", "-o", dir.resolve("c.pcap").toString(), "--keylog", keyLog.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("c.pcap")).doesNotExist();
        Path written = dir.resolve("c.pcapng");
        byte[] file = Files.readAllBytes(written);
        assertThat(HexFormat.of().formatHex(file, 0, 4)).as("pcapng section header").isEqualTo("0a0d0d0a");
        assertThat(PcapReader.read(written).packets()).hasSize(5);
        assertThat(stdoutText()).contains("wrote " + written);
        assertThat(Files.readAllLines(keyLog)).containsExactly(
                "CLIENT_TRAFFIC_SECRET_0 " + "01".repeat(32) + " " + "02".repeat(32),
                "SERVER_TRAFFIC_SECRET_0 " + "01".repeat(32) + " " + "03".repeat(32));
        // The key log is inside the capture too, in its Decryption Secrets Block.
        assertThat(new String(file, StandardCharsets.US_ASCII)).contains("CLIENT_TRAFFIC_SECRET_0 " + "01".repeat(32));
    }

    @Test
    void aNameTheUserChoseOtherThanPcap_isKept() throws Exception {
        Path chosen = dir.resolve("capture.bin");
        assertThat(run("pcap", "tls-like", "-o", chosen.toString())).isZero();
        assertThat(HexFormat.of().formatHex(Files.readAllBytes(chosen), 0, 4)).isEqualTo("0a0d0d0a");
    }

    @Test
    void aTraceWithoutSecrets_refusesKeylog_andWritesNothing() {
        Path pcap = dir.resolve("h.pcap");
        Path keyLog = dir.resolve("keys.log");
        int code = run("pcap", "tcp-handshake", "-o", pcap.toString(), "--keylog", keyLog.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--keylog: tcp-handshake sends no TLS, so it has no secrets to log");
        assertThat(pcap).doesNotExist();
        assertThat(keyLog).doesNotExist();
    }

    @Test
    void aTraceWithoutSecrets_stillWritesClassicPcapUnderItsName() throws Exception {
        Path pcap = dir.resolve("h.pcap");
        assertThat(run("pcap", "tcp-handshake", "-o", pcap.toString())).isZero();
        assertThat(HexFormat.of().formatHex(Files.readAllBytes(pcap), 0, 4)).isEqualTo("d4c3b2a1");
        assertThat(dir.resolve("h.pcapng")).doesNotExist();
    }

    @Override
    protected int run(String... args) {
        LessonCatalog lessons = new LessonCatalog(List.of(new TcpHandshakeLesson(), new WithSecrets()));
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), lessons);
    }

    private static byte[] bytes(int length, int value) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    /** The handshake lesson under another id, its trace carrying two secrets as a TLS lesson's would. */
    private static final class WithSecrets implements Lesson<HandshakeScenario> {
        private final TcpHandshakeLesson handshake = new TcpHandshakeLesson();

        @Override
        public String id() {
            return "tls-like";
        }

        @Override
        public String title() {
            return "TLS-like";
        }

        @Override
        public Chapter chapter() {
            return handshake.chapter();
        }

        @Override
        public String summary() {
            return handshake.summary();
        }

        @Override
        public ScenarioSchema<HandshakeScenario> schema() {
            return handshake.schema();
        }

        @Override
        public Trace simulate(HandshakeScenario scenario) {
            Trace t = handshake.simulate(scenario);
            return new Trace(id(), t.lanes(), t.steps(), t.packets(), t.series(), List.of(CLIENT, SERVER));
        }
    }
}
