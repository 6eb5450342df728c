package org.wirewise.ui.app;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.replay.CaptureScenario;

/**
 * Shown over the lesson while a large scenario is simulated in the background: what is being
 * simulated, how far it has got, and a Cancel (also Escape) that leaves the lesson as it was.
 */
final class SimulationProgressPane extends StackPane {

    private final Label title = new Label();
    private final Label percent = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Subscription subscriptions;
    private final org.wirewise.model.text.Texts texts;
    private final org.wirewise.model.text.Units units;

    SimulationProgressPane(MainViewModel model, org.wirewise.model.text.Texts texts) {
        this.texts = texts;
        this.units = new org.wirewise.model.text.Units(texts.language());
        setId("simulation-progress");
        getStyleClass().add("simulation-progress");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        percent.getStyleClass().add("progress-percent");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        Button cancel = new Button(texts.get("cancel"));
        cancel.setId("simulation-cancel");
        cancel.setCancelButton(false); // Escape is handled by the window, which also leaves presentation mode
        cancel.setTooltip(new Tooltip(texts.get("progress.cancel.help")));
        cancel.setOnAction(e -> model.cancelSimulation());
        HBox row = new HBox(10, bar, percent, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(texts.get("progress.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox card = new VBox(10, title, row, hint);
        card.getStyleClass().add("progress-card");
        card.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.Region scrim = new javafx.scene.layout.Region(); // dims the lesson that is about to change
        scrim.getStyleClass().add("progress-scrim");
        getChildren().addAll(scrim, card);
        StackPane.setAlignment(card, Pos.CENTER);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(model.simulatingProperty());
        subscriptions = Subscription.combine(
                model.simulationProgressProperty().subscribe(p -> {
                    bar.setProgress(p.doubleValue());
                    percent.setText(units.percent(p.doubleValue(), 0));
                }),
                model.pendingSetupProperty().subscribe(a -> describe(a, model.compare().pendingProperty().get())),
                model.compare().pendingProperty().subscribe(b -> describe(model.pendingSetupProperty().get(), b)));
    }

    /** What is being simulated: side A's scenario (the lesson itself), side B's of a comparison, or both. */
    private void describe(LessonSetup a, LessonSetup b) {
        LessonSetup setup = a != null ? a : b;
        if (setup == null) {
            title.setText(texts.get("progress.simulating"));
            return;
        }
        if (setup.scenario() instanceof CaptureScenario capture) {
            title.setText(texts.get("progress.reading", java.nio.file.Path.of(capture.file()).getFileName()));
            return;
        }
        if (a != null && b != null) {
            title.setText(texts.get("progress.both", a.lesson().title(texts.language()),
                    size(a.estimatedWork() + b.estimatedWork())));
            return;
        }
        title.setText(texts.get(a == null ? "progress.sideB" : "progress.one", setup.lesson().title(texts.language()),
                size(setup.estimatedWork())));
    }

    private String size(long work) {
        return work >= 1e9 ? texts.get("progress.size.billions", units.fixed(work / 1e9, 1))
                : work >= 1e6 ? texts.get("progress.size.millions", Long.toString(Math.round(work / 1e6))) : "";
    }

    void dispose() {
        subscriptions.unsubscribe();
        visibleProperty().unbind();
        managedProperty().unbind();
    }
}
