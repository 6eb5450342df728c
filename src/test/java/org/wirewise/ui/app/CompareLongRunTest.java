package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.testing.FxWaits.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.journey.JourneyScenario;
import org.wirewise.testing.FxWaits;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * A/B compare of runs too long to simulate on the FX thread: side B (and side A after an edit)
 * runs in the background as the window's own long runs do, with progress and Cancel, and the two
 * players step together once both are ready. url-journey is estimated above the window's limit;
 * the congestion lab is sent to the background by a small limit.
 */
class CompareLongRunTest {

    private MainViewModel model;
    private final List<String> problems = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            model.dispose();
            return null;
        });
    }

    private void awaitIdle() {
        FxWaits.await("both sides' runs to land", 60, () -> !model.simulatingProperty().get());
    }

    private void open(long backgroundWork, String lesson) throws Exception {
        model = new MainViewModel(LessonRegistry.standard().catalog(), backgroundWork);
        model.onProblem(problems::add);
        onFx(() -> model.openLesson(lesson));
        awaitIdle();
    }

    private CompareModel compare() {
        return model.compare();
    }

    private String tlsOf(org.wirewise.lesson.LessonSetup setup) {
        return ((JourneyScenario) setup.scenario()).tls();
    }

    @Test
    void urlJourneyComparesTls13With12OnTheBackgroundPathAndBothSidesStepTogether() throws Exception {
        open(MainViewModel.BACKGROUND_WORK, "url-journey");
        assertThat(model.getSetup().estimatedWork()).as("the lesson is a long run for the window")
                .isGreaterThan(MainViewModel.BACKGROUND_WORK);
        onFx(() -> {
            assertThat(compare().start()).as("no refusal").isEmpty();
            assertThat(model.simulatingProperty().get()).as("side B runs in the background").isTrue();
            assertThat(compare().isActive()).as("the comparison opens when B is ready").isFalse();
            return null;
        });
        awaitIdle();
        assertThat(compare().isActive()).isTrue();
        assertThat(compare().differencesProperty().get()).isEmpty();

        onFx(() -> {
            assertThat(compare().setParameterText("tls", "1.2")).isEmpty();
            assertThat(tlsOf(compare().getSetupB())).as("B shown stays as it was until its run lands").isEqualTo("1.3");
            assertThat(tlsOf(compare().sideB().shown().getValue())).as("B's panel shows the value asked for")
                    .isEqualTo("1.2");
            return null;
        });
        awaitIdle();
        assertThat(compare().differencesProperty().get()).containsExactly(
                new CompareModel.Difference("tls", "TLS", "1.3", "1.2"));
        // Same seed, one more round trip for TLS 1.2's handshake: B's page lands later.
        assertThat(compare().playerB().getTrace().duration()).isGreaterThan(model.player().getTrace().duration());

        onFx(() -> {
            model.player().goToStep(5);
            return null;
        });
        assertThat(compare().playerB().getStepIndex()).isEqualTo(model.player().getStepIndex()).isEqualTo(4);

        // A re-run of A after an edit is a background run too; B follows A's position once A lands.
        onFx(() -> {
            assertThat(model.setParameterText("caches", "browser")).isEmpty();
            assertThat(model.simulatingProperty().get()).isTrue();
            return null;
        });
        awaitIdle();
        assertThat(compare().differencesProperty().get()).extracting(CompareModel.Difference::key)
                .containsExactly("caches", "tls");
        onFx(() -> {
            model.player().next();
            return null;
        });
        assertThat(compare().playerB().getStepIndex()).isEqualTo(model.player().getStepIndex());
        assertThat(problems).isEmpty();
    }

    @Test
    void cancellingSideBsRunLeavesBAndItsHistoryAsTheyWereAndARefusalNamesSideBAndTheParameter() throws Exception {
        open(MainViewModel.BACKGROUND_WORK, "url-journey");
        onFx(() -> compare().start());
        awaitIdle();
        onFx(() -> {
            compare().setParameterText("tls", "1.2");
            return null;
        });
        awaitIdle();
        onFx(() -> {
            compare().setParameterText("siteRttMs", "200");
            model.cancelSimulation();
            return null;
        });
        awaitIdle();
        assertThat(tlsOf(compare().getSetupB())).isEqualTo("1.2");
        assertThat(compare().getSetupB().values().get("siteRttMs")).isEqualTo(80.0);
        assertThat(compare().sideB().shown().getValue()).isSameAs(compare().getSetupB());
        onFx(() -> {
            compare().undo();
            return null;
        });
        awaitIdle();
        assertThat(tlsOf(compare().getSetupB())).as("the cancelled edit was never in B's history").isEqualTo("1.3");

        onFx(() -> {
            assertThat(compare().setParameterText("tls", "1.1")).hasValueSatisfying(m -> assertThat(m)
                    .startsWith("Side B: ").contains("tls").contains("1.2").contains("resumed"));
            return null;
        });
        assertThat(tlsOf(compare().getSetupB())).isEqualTo("1.3");
    }

    @Test
    void aCombinationTheSimulatorRefusesOnBInTheBackgroundIsReportedAndChangesNothing() throws Exception {
        open(1000, "congestion");
        assertThat(model.getSetup().estimatedWork()).isGreaterThan(1000);
        onFx(() -> compare().start());
        awaitIdle();
        assertThat(compare().isActive()).isTrue();
        onFx(() -> {
            compare().setParameterText("compare", "shared");
            return null;
        });
        awaitIdle();
        onFx(() -> {
            assertThat(compare().setParameterText("flows", "20")).as("refused only when simulated").isEmpty();
            return null;
        });
        awaitIdle();
        assertThat(problems).singleElement().satisfies(m -> assertThat(m)
                .startsWith("Side B: These parameters cannot be simulated: flows:").contains("at most 50"));
        assertThat(compare().getSetupB().values().get("flows")).isEqualTo(1L);
        assertThat(model.getSetup().values().get("flows")).isEqualTo(1L);
    }

    /** Save, open in a fresh window model, the same two sides on one player: a short, a long and a multi-run lesson. */
    @ParameterizedTest
    @CsvSource({"tcp-handshake, rttMs, 200", "url-journey, tls, resumed", "congestion, algorithms, cubic"})
    void aSavedComparisonOpensWithTheSameTwoSidesInStep(String lesson, String key, String value) throws Exception {
        open(MainViewModel.BACKGROUND_WORK, lesson);
        onFx(() -> compare().start());
        awaitIdle();
        onFx(() -> compare().setParameterText(key, value));
        awaitIdle();
        org.wirewise.lesson.LessonSetup a = model.getSetup();
        org.wirewise.lesson.LessonSetup b = compare().getSetupB();
        assertThat(b.values().get(key)).isNotEqualTo(a.values().get(key));
        Path file = dir.resolve(lesson + ".wirewise.json");
        assertThat(onFx(() -> model.saveScenario(file))).isEmpty();

        MainViewModel first = model;
        open(MainViewModel.BACKGROUND_WORK, "ports-sockets");
        onFx(() -> {
            first.dispose();
            return model.openScenario(file);
        });
        awaitIdle();
        assertThat(model.getSetup().lesson().id()).isEqualTo(lesson);
        assertThat(model.getSetup().values()).isEqualTo(a.values());
        assertThat(compare().isActive()).isTrue();
        assertThat(compare().getSetupB().values()).isEqualTo(b.values());
        assertThat(compare().differencesProperty().get()).extracting(CompareModel.Difference::key).containsExactly(key);
        onFx(() -> {
            model.player().last();
            return null;
        });
        assertThat(compare().playerB().getStepIndex()).isEqualTo(compare().playerB().getTrace().stepCount() - 1);
        assertThat(problems).isEmpty();
    }
}
