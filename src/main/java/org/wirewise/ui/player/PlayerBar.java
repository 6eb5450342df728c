package org.wirewise.ui.player;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.wirewise.model.sim.SimTime;

/**
 * The player's controls: first, previous, play/pause, next, last, speed, a scrubber with one
 * tick per step, "Step 3 of 12" and the simulated time. It only binds and forwards to the
 * {@link PlayerModel}.
 */
public final class PlayerBar extends HBox {

    private final Slider scrubber = new Slider();
    private final Subscription subscriptions;
    private boolean updatingScrubber;

    public PlayerBar(PlayerModel player) {
        getStyleClass().add("player-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);

        Button first = button(MaterialDesignS.SKIP_PREVIOUS, "First step (Home)", "player-first", player::first);
        Button previous = button(MaterialDesignS.STEP_BACKWARD, "Previous step (Left, Page Up)", "player-previous",
                player::previous);
        Button play = button(MaterialDesignP.PLAY, "Play (Space)", "player-play", player::togglePlay);
        Button next = button(MaterialDesignS.STEP_FORWARD, "Next step (Right, Page Down)", "player-next", player::next);
        Button last = button(MaterialDesignS.SKIP_NEXT, "Last step (End)", "player-last", player::last);
        first.disableProperty().bind(player.canPreviousProperty().not());
        previous.disableProperty().bind(player.canPreviousProperty().not());
        next.disableProperty().bind(player.canNextProperty().not());
        last.disableProperty().bind(player.canNextProperty().not());
        play.disableProperty().bind(player.traceProperty().isNull());

        Button slower = button(MaterialDesignM.MINUS_CIRCLE_OUTLINE, "Slower (−)", "player-slower", player::slower);
        Button faster = button(MaterialDesignP.PLUS_CIRCLE_OUTLINE, "Faster (+)", "player-faster", player::faster);
        slower.disableProperty().bind(player.canSlowerProperty().not());
        faster.disableProperty().bind(player.canFasterProperty().not());
        Label speed = new Label();
        speed.getStyleClass().add("player-speed");
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> formatSpeed(player.getSpeed()), player.speedProperty()));
        speed.setTooltip(new Tooltip("Playback speed, 0.25× to 4×"));

        scrubber.getStyleClass().add("player-scrubber");
        scrubber.setMin(0);
        scrubber.setShowTickMarks(true);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setBlockIncrement(1);
        scrubber.setFocusTraversable(false); // arrow keys belong to the player, not the slider
        scrubber.setTooltip(new Tooltip("Drag to scrub through the steps"));
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);

        Label stepLabel = new Label();
        stepLabel.getStyleClass().add("player-step");
        stepLabel.setId("player-step");
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> player.getTrace() == null ? "No lesson"
                        : "Step " + (player.getStepIndex() + 1) + " of " + player.stepCountProperty().get(),
                player.stepIndexProperty(), player.stepCountProperty(), player.traceProperty()));
        Label timeLabel = new Label();
        timeLabel.getStyleClass().add("player-time");
        timeLabel.setId("player-time");
        timeLabel.textProperty().bind(Bindings.createStringBinding(
                () -> "t = " + SimTime.format(player.timeProperty().get()), player.timeProperty()));
        timeLabel.setTooltip(new Tooltip("Simulated time since the lesson started"));

        getChildren().addAll(first, previous, play, next, last, scrubber, stepLabel, timeLabel, slower, speed, faster);

        // The scrubber follows playback, and a user's drag or click seeks; the guard tells them apart.
        scrubber.valueProperty().addListener((obs, old, value) -> {
            if (!updatingScrubber) {
                player.seek(value.doubleValue());
            }
        });
        subscriptions = Subscription.combine(
                player.stepCountProperty().subscribe(count -> {
                    updatingScrubber = true;
                    scrubber.setMax(Math.max(0, count.intValue() - 1));
                    scrubber.setDisable(count.intValue() <= 1);
                    updatingScrubber = false;
                }),
                player.positionProperty().subscribe(pos -> {
                    if (!scrubber.isValueChanging()) {
                        updatingScrubber = true;
                        scrubber.setValue(pos.doubleValue());
                        updatingScrubber = false;
                    }
                }),
                player.playingProperty().subscribe(isPlaying -> {
                    ((FontIcon) play.getGraphic()).setIconCode(isPlaying ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
                    play.getTooltip().setText(isPlaying ? "Pause (Space)" : "Play (Space)");
                }));
    }

    /**
     * Sizes the icons, in pixels, to go with the type size. Ikonli sizes do not take em units,
     * so the window passes the size down when the type scale or presentation mode changes; a
     * value set in code wins over the theme's (user-agent) icon size.
     */
    public void setIconSize(int pixels) {
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof Button b && b.getGraphic() instanceof FontIcon icon) {
                icon.setIconSize(pixels);
            }
        }
    }

    /** Releases the subscriptions on the player model, which outlives this bar in tests. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private static Button button(org.kordamp.ikonli.Ikon icon, String tooltip, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(true); // Tab reaches it; Space presses it only when the keyboard put the focus there (PlayerKeys)
        b.setOnAction(e -> action.run());
        return b;
    }

    static String formatSpeed(double speed) {
        String s = speed == Math.rint(speed) ? Integer.toString((int) speed)
                : String.format(Locale.ROOT, "%s", speed);
        return s + "×";
    }
}
