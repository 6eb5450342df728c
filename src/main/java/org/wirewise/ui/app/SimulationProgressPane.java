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

    SimulationProgressPane(MainViewModel model) {
        setId("simulation-progress");
        getStyleClass().add("simulation-progress");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        percent.getStyleClass().add("progress-percent");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("simulation-cancel");
        cancel.setCancelButton(false); // Escape is handled by the window, which also leaves presentation mode
        cancel.setTooltip(new Tooltip("Stop this run (Escape): the lesson and its parameters stay as they were"));
        cancel.setOnAction(e -> model.cancelSimulation());
        HBox row = new HBox(10, bar, percent, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("The lesson shown stays as it was until the new run is ready; edits made now build on it.");
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
                    percent.setText(String.format(Locale.ROOT, "%3.0f %%", p.doubleValue() * 100));
                }),
                model.pendingSetupProperty().subscribe(a -> describe(a, model.compare().pendingProperty().get())),
                model.compare().pendingProperty().subscribe(b -> describe(model.pendingSetupProperty().get(), b)));
    }

    /** What is being simulated: side A's scenario (the lesson itself), side B's of a comparison, or both. */
    private void describe(LessonSetup a, LessonSetup b) {
        LessonSetup setup = a != null ? a : b;
        if (setup == null) {
            title.setText("Simulating…");
            return;
        }
        if (setup.scenario() instanceof CaptureScenario capture) {
            title.setText("Reading " + java.nio.file.Path.of(capture.file()).getFileName() + "…");
            return;
        }
        if (a != null && b != null) {
            title.setText("Simulating both sides of " + a.lesson().title() + size(a.estimatedWork() + b.estimatedWork()) + "…");
            return;
        }
        title.setText("Simulating " + (a == null ? "side B of " : "") + setup.lesson().title()
                + size(setup.estimatedWork()) + "…");
    }

    private static String size(long work) {
        return work >= 1e9 ? String.format(Locale.ROOT, ": about %.1f billion packets", work / 1e9)
                : work >= 1e6 ? String.format(Locale.ROOT, ": about %d million packets", Math.round(work / 1e6)) : "";
    }

    void dispose() {
        subscriptions.unsubscribe();
        visibleProperty().unbind();
        managedProperty().unbind();
    }
}
