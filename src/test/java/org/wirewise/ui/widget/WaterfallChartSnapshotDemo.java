package org.wirewise.ui.widget;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.WaterfallRow;
import org.wirewise.model.http.hol.HolComparison;
import org.wirewise.model.http.hol.HolProtocol;
import org.wirewise.model.http.hol.HolSetup;

/**
 * Renders waterfalls of real page loads to PNGs in /tmp for a person to look at; not part of the normal test run
 * (Surefire's default includes skip it). Run by hand:
 * {@code mvn -o test -Dtest=WaterfallChartSnapshotDemo -Dsurefire.failIfNoSpecifiedTests=false}
 */
@ExtendWith(ApplicationExtension.class)
class WaterfallChartSnapshotDemo {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void renderLightDarkLargeAndAHundredRows(FxRobot robot) throws IOException {
        Waterfall ten = Waterfall.of("HTTP/1.1, six connections", HolComparison.load(HolProtocol.HTTP1,
                new HolSetup(100, 20, 0, 0, 10, 1)).timings());
        WaterfallRow held = ten.rows().get(4);
        ten = ten.withRow(4, held.withHeld(List.of(new WaterfallRow.Hold(held.end() - 120_000_000, held.end()))));
        Waterfall hundred = Waterfall.of("HTTP/1.1, 100 assets", HolComparison.load(HolProtocol.HTTP1,
                new HolSetup(100, 20, 0, 0, 100, 1)).timings());
        render(robot, new PrimerLight(), ten, "", 900, 480, "/tmp/hollab/waterfall-light.png");
        render(robot, new PrimerDark(), ten, "", 900, 480, "/tmp/hollab/waterfall-dark.png");
        render(robot, new PrimerLight(), ten, "-fx-font-size: 22px;", 1200, 560, "/tmp/hollab/waterfall-large.png");
        render(robot, new PrimerDark(), hundred, "", 600, 460, "/tmp/hollab/waterfall-hundred.png");
    }

    private void render(FxRobot robot, Theme theme, Waterfall w, String rootStyle, int width, int height, String file)
            throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            WaterfallChart chart = new WaterfallChart();
            chart.setStyle(rootStyle);
            chart.show(w, 0, w.end() / 2);
            stage.setScene(new Scene(chart, width, height));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", new File(file));
    }
}
