package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A short screen (presenting at 1280x720) shows what the step is about: the device's working layer
 * rather than a total row emphasised at every step (here far above it, so following both would
 * leave the device off screen); with no device at work, the row.
 */
@ExtendWith(ApplicationExtension.class)
class FollowingScrollPaneTest {

    private Label device;
    private Label total;
    private FollowingScrollPane pane;

    @Start
    void start(Stage stage) {
        device = new Label("Ethernet");
        total = new Label("On the wire 174");
        Region filler = new Region();
        filler.setPrefHeight(600);
        Region middle = new Region();
        middle.setPrefHeight(900);
        device.getStyleClass().addAll("device-layer", "highlighted");
        total.getStyleClass().addAll("card-cell", "highlighted");
        pane = new FollowingScrollPane(new VBox(filler, total, middle, device), ".device-layer.highlighted",
                ".card-cell.highlighted");
        stage.setScene(new Scene(pane, 400, 200));
        stage.show();
    }

    private boolean onScreen(Node n) {
        var inPane = pane.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        return inPane.getMinY() >= 0 && inPane.getMaxY() <= pane.getHeight();
    }

    @Test
    void followsTheStepsOwnSubjectFirstAndTheRowWhenNothingElseIsHighlighted(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(device)).as("the device the step is about").isTrue();
        assertThat(onScreen(total)).isFalse();
        robot.interact(() -> device.getStyleClass().remove("highlighted"));
        robot.interact(pane::requestLayout);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(total)).as("no device at work: the highlighted row").isTrue();
    }
}
