package org.wirewise.ui.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: with {@code -Dwirewise.firstFrameExit=true} the app prints how long
 * after the process started its first frame was rendered, then exits. Without it, nothing.
 */
final class FirstFrame {

    static final String PROPERTY = "wirewise.firstFrameExit";

    private FirstFrame() {
    }

    static void reportIfAsked(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The pulse that laid the scene out is being rendered; report after it completes.
            Platform.runLater(() -> {
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("first-frame-ms=" + Duration.between(started, Instant.now()).toMillis());
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
