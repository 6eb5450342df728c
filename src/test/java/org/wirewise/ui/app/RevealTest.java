package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.testing.AppWindow;

/** Reveal (R), as a teacher asks "where will this land?": the future is not drawn until it happens. */
@ExtendWith(ApplicationExtension.class)
class RevealTest {

    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private int futurePaths(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".packet-path").queryAll().size();
    }

    @Test
    void aPacketInFlightShowsWhereItLandsOnlyWithoutReveal(FxRobot robot) {
        robot.interact(() -> app.model().player().seek(1.5)); // the SYN half way across
        assertThat(futurePaths(robot)).as("the faint path ahead of the SYN").isPositive();
        robot.type(KeyCode.R);
        assertThat(app.model().revealProperty().get()).isTrue();
        assertThat(futurePaths(robot)).isZero();
        robot.type(KeyCode.R);
        assertThat(futurePaths(robot)).isPositive();
    }

    @Test
    void congestionCurvesStopAtThePlayersTimeAndTheSummaryWaitsForTheEnd(FxRobot robot) {
        robot.interact(() -> app.model().openLesson("congestion"));
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        org.wirewise.ui.lesson.congestion.CongestionViewProbe probe =
                new org.wirewise.ui.lesson.congestion.CongestionViewProbe(robot.lookup(".congestion-view").query());
        robot.interact(() -> app.model().player().goToStep(3));
        WaitForAsyncUtils.waitForFxEvents();
        double cursor = app.model().player().timeProperty().get() / 1e9;
        assertThat(probe.drawnTo()).isEqualTo(cursor, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(probe.drawnTo()).isLessThan(probe.viewEnd());
        assertThat(probe.summaryShown()).isFalse();
        robot.interact(() -> app.model().player().last());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.summaryShown()).isTrue();
        robot.type(KeyCode.R);
        robot.interact(() -> app.model().player().goToStep(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.drawnTo()).as("without reveal the whole run is drawn").isEqualTo(probe.viewEnd());
    }
}
