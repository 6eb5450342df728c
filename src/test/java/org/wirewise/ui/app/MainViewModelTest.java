package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonRegistry;

/** The main window's presentation model without a window. */
class MainViewModelTest {

    private final MainViewModel model = new MainViewModel(LessonRegistry.standard().catalog());

    @TempDir
    Path dir;

    private HandshakeScenario scenario() {
        return (HandshakeScenario) model.getSetup().scenario();
    }

    @Test
    void aParameterEditRerunsTheSimulationAndKeepsTheStep() {
        assertThat(model.openLesson("tcp-handshake")).isEmpty();
        model.player().goToStep(7);
        Trace before = model.player().getTrace();
        assertThat(model.setParameter("rttMs", 100.0)).isEmpty();
        assertThat(model.player().getTrace()).isNotSameAs(before);
        assertThat(model.player().getStepIndex()).isEqualTo(6);
        assertThat(model.player().getTrace().step(6).time()).isGreaterThan(150_000_000L);
    }

    @Test
    void aValueOutOfRangeIsRefusedWithAMessageAndChangesNothing() {
        model.openLesson("tcp-handshake");
        Trace before = model.player().getTrace();
        assertThat(model.setParameter("mss", 20L)).contains("mss: expected a whole number from 88 to 65495 bytes, got 20");
        assertThat(model.player().getTrace()).isSameAs(before);
        assertThat(scenario().mss()).isEqualTo(1460);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void editsCanBeUndoneAndRedone() {
        model.openLesson("tcp-handshake");
        model.setParameter("rttMs", 20.0);
        model.setParameter("sack", false);
        assertThat(model.canUndoProperty().get()).isTrue();
        model.undo();
        assertThat(scenario().sack()).isTrue();
        assertThat(scenario().rttMs()).isEqualTo(20);
        model.undo();
        assertThat(scenario().rttMs()).isEqualTo(80);
        assertThat(model.canUndoProperty().get()).isFalse();
        model.redo();
        assertThat(scenario().rttMs()).isEqualTo(20);
        model.resetParameters();
        assertThat(scenario()).isEqualTo(HandshakeScenario.DEFAULTS);
        model.undo();
        assertThat(scenario().rttMs()).isEqualTo(20);
    }

    @Test
    void aBrokenScenarioFileLeavesTheLessonAsItWas() throws Exception {
        model.openLesson("tcp-handshake");
        model.setParameter("rttMs", 33.0);
        Trace before = model.player().getTrace();
        Path broken = dir.resolve("broken.wirewise.json");
        Files.writeString(broken, "{\"format\": \"wirewise-scenario\", \"version\": 1, \"lesson\": \"tcp-handshake\", "
                + "\"parameters\": {\"windowShift\": 99}}");
        assertThat(model.openScenario(broken)).contains("windowShift: expected a whole number from 0 to 14, got 99");
        assertThat(model.player().getTrace()).isSameAs(before);
        assertThat(scenario().rttMs()).isEqualTo(33);
    }

    @Test
    void anyFailureToOpenAFileIsAMessageAndTheLessonStays() throws Exception {
        model.openLesson("tcp-handshake");
        Trace before = model.player().getTrace();
        Path huge = dir.resolve("huge.wirewise.json");
        Files.writeString(huge, "{\"format\": \"wirewise-scenario\", \"version\": 1, \"lesson\": \"tcp-handshake\", "
                + "\"parameters\": {\"rttMs\": 1e2147483647}}");
        assertThat(model.openScenario(huge)).hasValueSatisfying(m -> assertThat(m).startsWith("rttMs: expected"));
        assertThat(model.openScenario(dir)).hasValueSatisfying(m -> assertThat(m).contains("not a regular file"));
        assertThat(model.openScenario(dir.resolve("missing.json"))).hasValueSatisfying(m -> assertThat(m).contains("no such file"));
        assertThat(model.player().getTrace()).isSameAs(before);
    }

    @Test
    void savedScenariosAndExportedPcapsAreWritten() throws Exception {
        model.openLesson("tcp-handshake");
        model.setParameter("seed", 9L);
        Path scenarioFile = dir.resolve("mine.wirewise.json");
        assertThat(model.saveScenario(scenarioFile)).isEmpty();
        model.setParameter("seed", 10L);
        assertThat(model.openScenario(scenarioFile)).isEmpty();
        assertThat(scenario().seed()).isEqualTo(9);
        Path pcap = dir.resolve("h.pcap");
        assertThat(model.exportPcap(pcap, "client")).isEmpty();
        assertThat(Files.size(pcap)).isGreaterThan(24 + 5 * 16 + 74);
        Path serverSide = dir.resolve("s.pcap");
        assertThat(model.exportPcap(serverSide, "server")).isEmpty();
        assertThat(Files.readAllBytes(serverSide)).isNotEqualTo(Files.readAllBytes(pcap)); // other timestamps
        assertThat(model.exportPcap(dir.resolve("x.pcap"), "router")).contains("this lesson has no capture point \"router\"");
        assertThat(dir.resolve("x.pcap")).doesNotExist();
    }

    @Test
    void typeScaleStaysWithinItsRange() {
        for (int i = 0; i < 30; i++) {
            model.scaleFont(1.1);
        }
        assertThat(model.fontScaleProperty().get()).isEqualTo(AppSettings.MAX_SCALE);
        for (int i = 0; i < 30; i++) {
            model.scaleFont(1 / 1.1);
        }
        assertThat(model.fontScaleProperty().get()).isEqualTo(AppSettings.MIN_SCALE);
    }

    @Test
    void settingsSurviveARestartAndADamagedFileGivesDefaults() throws Exception {
        new AppSettings(Theme.DARK, 1.3, "tcp-handshake").save(dir);
        assertThat(AppSettings.load(dir)).isEqualTo(new AppSettings(Theme.DARK, 1.3, "tcp-handshake"));
        Files.writeString(dir.resolve("settings.properties"), "theme=purple\nfontScale=huge\n");
        assertThat(AppSettings.load(dir)).isEqualTo(new AppSettings(Theme.LIGHT, 1.0, ""));
    }
}
