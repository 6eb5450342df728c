package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.testing.FxWaits.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.FxWaits;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * Large scenarios simulate off the FX thread: the lesson stays as it was until the run is ready,
 * edits made meanwhile build on it, and a cancel or a failure changes nothing. Runs on the FX
 * thread as the window does; a threshold of -1 sends every scenario to the background.
 */
class BackgroundSimulationTest {

    private MainViewModel model;

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

    private void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.simulatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private HandshakeScenario handshake() {
        return (HandshakeScenario) model.getSetup().scenario();
    }

    @Test
    void anEditShowsOnlyWhenItsRunIsReadyAndCanBeUndone() throws Exception {
        model = new MainViewModel(LessonRegistry.standard().catalog(), -1);
        onFx(() -> model.openLesson("tcp-handshake"));
        awaitIdle();
        Trace before = model.player().getTrace();
        assertThat(before).isNotNull();
        onFx(() -> {
            assertThat(model.setParameter("rttMs", 200.0)).isEmpty();
            // Not applied yet: the lesson shown is the old one, the parameters show the new value.
            assertThat(model.simulatingProperty().get()).isTrue();
            assertThat(handshake().rttMs()).isEqualTo(80);
            assertThat(((HandshakeScenario) model.requestedSetupProperty().get().scenario()).rttMs()).isEqualTo(200);
            return null;
        });
        awaitIdle();
        assertThat(handshake().rttMs()).isEqualTo(200);
        assertThat(model.player().getTrace()).isNotSameAs(before);
        assertThat(model.canUndoProperty().get()).isTrue();
        onFx(() -> {
            model.undo();
            return null;
        });
        awaitIdle();
        assertThat(handshake().rttMs()).isEqualTo(80);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();
    }

    @Test
    void anEditMadeDuringARunBuildsOnItAndOneUndoTakesBothBack() throws Exception {
        model = new MainViewModel(LessonRegistry.standard().catalog(), -1);
        onFx(() -> model.openLesson("tcp-handshake"));
        awaitIdle();
        onFx(() -> {
            model.setParameter("rttMs", 200.0);
            model.setParameter("sack", false); // while the first run may still be going
            return null;
        });
        awaitIdle();
        assertThat(handshake().rttMs()).isEqualTo(200);
        assertThat(handshake().sack()).isFalse();
        onFx(() -> {
            model.undo();
            return null;
        });
        awaitIdle();
        assertThat(handshake()).isEqualTo(HandshakeScenario.DEFAULTS);
    }

    @Test
    void aCancelledRunLeavesTheLessonItsParametersAndItsHistoryAsTheyWere() throws Exception {
        model = new MainViewModel(LessonRegistry.standard().catalog(), -1);
        onFx(() -> model.openLesson("congestion"));
        awaitIdle();
        Trace before = model.player().getTrace();
        LessonSetup shown = model.getSetup();
        List<Double> seen = new ArrayList<>();
        onFx(() -> {
            model.simulationProgressProperty().subscribe(p -> seen.add(p.doubleValue()));
            // 10 Gb/s for 600 s, three algorithms: minutes of work, far above the background threshold.
            assertThat(model.setParameterText("bandwidthMbps", "10000")).isEmpty();
            assertThat(model.setParameterText("durationS", "600")).isEmpty();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.simulationProgressProperty().get() > 0);
        onFx(() -> {
            model.cancelSimulation();
            assertThat(model.simulatingProperty().get()).isFalse();
            return null;
        });
        assertThat(seen).anyMatch(p -> p > 0 && p < 1);
        assertThat(model.getSetup()).isSameAs(shown);
        assertThat(model.requestedSetupProperty().get()).isSameAs(shown);
        assertThat(model.player().getTrace()).isSameAs(before);
        assertThat(model.canUndoProperty().get()).isFalse();
        // The cancelled run stopped: the next one (on the same background thread) is not kept
        // waiting for the minutes it would have taken, and the cancelled one never lands.
        onFx(() -> model.setParameterText("seed", "2"));
        awaitIdle();
        assertThat(((CongestionScenario) model.getSetup().scenario()).seed()).isEqualTo(2);
        assertThat(((CongestionScenario) model.getSetup().scenario()).bandwidthMbps()).isEqualTo(100);
        assertThat(model.canUndoProperty().get()).isTrue();
    }

    @Test
    void aRunThatFailsSaysWhyAndChangesNothing() throws Exception {
        model = new MainViewModel(LessonRegistry.standard().catalog(), -1);
        List<String> problems = new ArrayList<>();
        onFx(() -> {
            model.onProblem(problems::add);
            model.openLesson("congestion");
            return null;
        });
        awaitIdle();
        LessonSetup shown = model.getSetup();
        onFx(() -> {
            model.setParameterText("compare", "shared");
            return null;
        });
        awaitIdle();
        onFx(() -> model.setParameterText("flows", "20")); // 20 × 3 algorithms sharing one bottleneck
        awaitIdle();
        assertThat(problems).containsExactly("These parameters cannot be simulated: flows: at most 50 flows share "
                + "the bottleneck; 20 × 3 algorithms is 60");
        assertThat(((CongestionScenario) model.getSetup().scenario()).flows()).isEqualTo(1);
        assertThat(model.getSetup()).isNotSameAs(shown); // the "shared" edit landed
        assertThat(model.requestedSetupProperty().get()).isSameAs(model.getSetup());
    }
}
