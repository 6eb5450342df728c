package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drawn pane rebuilds only when its data, size or type size changed. Rebuilding on every layout
 * replaced the children, which asked for another layout: diagrams redrew every frame while idle.
 */
@ExtendWith(ApplicationExtension.class)
class DrawnPaneTest {

    /** Draws one label per call and counts its drawings. */
    private static final class Counting extends DrawnPane {
        int drawings;

        void changed() {
            invalidateDrawing();
        }

        @Override
        protected void draw() {
            drawings++;
            Label l = new Label("drawing " + drawings);
            getChildren().add(l);
            l.relocate(em(), em());
        }
    }

    private Counting pane;
    private final int[] pulses = {0};

    @Start
    void start(Stage stage) {
        pane = new Counting(); // after the toolkit has started
        pane.setMaxSize(300, 200);
        // The pane sits in a box so that resizing it leaves the shared stage's size to the next test.
        Scene scene = new Scene(new javafx.scene.layout.StackPane(pane), 400, 300);
        scene.addPostLayoutPulseListener(() -> pulses[0]++);
        stage.setScene(scene);
        stage.show();
    }

    private int drawingsAfterSettling() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> pane.drawings).get();
    }

    @Test
    void idleItDrawsNoMoreAndAsksForNoMoreLayouts(FxRobot robot) throws Exception {
        int drawn = drawingsAfterSettling();
        assertThat(drawn).isPositive();
        int pulsesBefore = pulses[0];
        for (int i = 0; i < 10; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(drawingsAfterSettling()).isEqualTo(drawn);
        assertThat(pulses[0] - pulsesBefore).as("layout passes while nothing changed").isZero();
    }

    @Test
    void aDataChangeAResizeAndALargerTypeEachRedrawOnce(FxRobot robot) throws Exception {
        int drawn = drawingsAfterSettling();
        robot.interact(pane::changed);
        assertThat(drawingsAfterSettling()).isEqualTo(drawn + 1);
        robot.interact(() -> pane.setMaxWidth(350));
        assertThat(drawingsAfterSettling()).isEqualTo(drawn + 2);
        robot.interact(() -> pane.setStyle("-fx-font-size: 30px;"));
        assertThat(drawingsAfterSettling()).isEqualTo(drawn + 3);
    }
}
