package org.wirewise.ui.widget;

import java.io.File;
import java.io.IOException;
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
import org.wirewise.model.packet.Field;

/**
 * Renders the view to PNGs in /tmp for a person to look at; not part of the normal test run
 * (Surefire's default includes skip it). Run by hand:
 * {@code mvn -o test -Dtest=PacketBytesViewSnapshotDemo -Dsurefire.failIfNoSpecifiedTests=false}
 */
@ExtendWith(ApplicationExtension.class)
class PacketBytesViewSnapshotDemo {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void renderLightAndDark(FxRobot robot) throws IOException {
        render(robot, new PrimerLight(), SynFrame.IPV4, "", "/tmp/bytesview-light.png");
        render(robot, new PrimerDark(), SynFrame.IPV4, "", "/tmp/bytesview-dark.png");
        // Presentation mode: a larger root font; everything in the view is sized in em.
        render(robot, new PrimerDark(), SynFrame.SOURCE_ADDRESS, "-fx-font-size: 22px;", "/tmp/bytesview-dark-large.png");
        render(robot, new PrimerLight(), null, "", "/tmp/bytesview-empty.png");
    }

    private void render(FxRobot robot, Theme theme, Field selected, String rootStyle, String file) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            PacketBytesView view = new PacketBytesView();
            view.setStyle(rootStyle);
            if (selected != null) {
                view.show(SynFrame.BYTES, SynFrame.FRAME);
            }
            stage.setScene(new Scene(view, 960, 720));
            view.select(selected);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image.set(stage.getScene().getRoot().snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", new File(file));
    }
}
