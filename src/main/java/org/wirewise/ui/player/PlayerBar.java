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
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * The player's controls: first, previous, play/pause, next, last, speed, a scrubber with one
 * tick per step, "Step 3 of 12" and the simulated time. It only binds and forwards to the
 * {@link PlayerModel}.
 */
public final class PlayerBar extends HBox {

    /** The bar's words (bundle {@code ui/player/player}). */
    public static final String TEXTS = "org.wirewise.ui.player.player";

    private final Slider scrubber = new Slider();
    private final Subscription subscriptions;
    private boolean updatingScrubber;

    public PlayerBar(PlayerModel player) {
        this(player, Locale.ENGLISH);
    }

    /** @param language the window's language: the bar's words and the time as it writes them */
    public PlayerBar(PlayerModel player, Locale language) {
        Texts t = Texts.of(TEXTS, language);
        Units units = new Units(Texts.supported(language));
        getStyleClass().add("player-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);

        Button first = button(MaterialDesignS.SKIP_PREVIOUS, t.get("first"), "player-first", player::first);
        Button previous = button(MaterialDesignS.STEP_BACKWARD, t.get("previous"), "player-previous",
                player::previous);
        Button play = button(MaterialDesignP.PLAY, t.get("play"), "player-play", player::togglePlay);
        Button next = button(MaterialDesignS.STEP_FORWARD, t.get("next"), "player-next", player::next);
        Button last = button(MaterialDesignS.SKIP_NEXT, t.get("last"), "player-last", player::last);
        first.disableProperty().bind(player.canPreviousProperty().not());
        previous.disableProperty().bind(player.canPreviousProperty().not());
        next.disableProperty().bind(player.canNextProperty().not());
        last.disableProperty().bind(player.canNextProperty().not());
        play.disableProperty().bind(player.traceProperty().isNull());

        Button slower = button(MaterialDesignM.MINUS_CIRCLE_OUTLINE, t.get("slower"), "player-slower", player::slower);
        Button faster = button(MaterialDesignP.PLUS_CIRCLE_OUTLINE, t.get("faster"), "player-faster", player::faster);
        slower.disableProperty().bind(player.canSlowerProperty().not());
        faster.disableProperty().bind(player.canFasterProperty().not());
        Label speed = new Label();
        speed.getStyleClass().add("player-speed");
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> formatSpeed(player.getSpeed(), units), player.speedProperty()));
        speed.setTooltip(new Tooltip(t.get("speed.help")));

        scrubber.getStyleClass().add("player-scrubber");
        scrubber.setMin(0);
        scrubber.setShowTickMarks(true);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setBlockIncrement(1);
        scrubber.setFocusTraversable(false); // arrow keys belong to the player, not the slider
        scrubber.setTooltip(new Tooltip(t.get("scrub.help")));
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);

        Label stepLabel = new Label();
        stepLabel.getStyleClass().add("player-step");
        stepLabel.setId("player-step");
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> player.getTrace() == null ? t.get("none")
                        : t.get("step", Integer.toString(player.getStepIndex() + 1),
                        Integer.toString(player.stepCountProperty().get())),
                player.stepIndexProperty(), player.stepCountProperty(), player.traceProperty()));
        Label timeLabel = new Label();
        timeLabel.getStyleClass().add("player-time");
        timeLabel.setId("player-time");
        timeLabel.textProperty().bind(Bindings.createStringBinding(
                () -> t.get("time", units.time(player.timeProperty().get())), player.timeProperty()));
        timeLabel.setTooltip(new Tooltip(t.get("time.help")));

        scrubber.accessibleTextProperty().bind(stepLabel.textProperty()); // "Step 3 of 8", not just a number
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
                    play.getTooltip().setText(t.get(isPlaying ? "pause" : "play"));
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
        b.accessibleTextProperty().bind(b.getTooltip().textProperty()); // a reader says this, not the icon's glyph
        b.setFocusTraversable(true); // Tab reaches it; Space presses it only when the keyboard put the focus there (PlayerKeys)
        b.setOnAction(e -> action.run());
        return b;
    }

    static String formatSpeed(double speed) {
        return formatSpeed(speed, new Units(Locale.ENGLISH));
    }

    /** "2×", "0.25×" ("0,25×" in Spanish): as few decimals as the speed needs. */
    static String formatSpeed(double speed, Units units) {
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(speed).stripTrailingZeros();
        return units.fixed(speed, Math.max(0, exact.scale())) + "×";
    }
}
