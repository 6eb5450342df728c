package org.wirewise.ui.app;

import org.wirewise.model.text.Texts;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.scenario.ParameterSpec;

/**
 * The open lesson's parameters, one row each (a choice's name above its list, so its values show
 * whole). An edit re-runs the simulation at once; a value outside the allowed range is not applied and the message under the sheet says
 * what is allowed.
 */
final class ParameterPanel extends VBox {

    private final ParameterTarget model;
    private final GridPane rows = new GridPane();
    private final ScrollPane sheet = new ScrollPane(rows);
    private final Label problem = new Label();
    private final java.util.List<ObjectBinding<Object>> values = new java.util.ArrayList<>();
    private final Subscription subscription;
    private String shownLesson;
    private final String idPrefix;
    private final Texts texts;

    ParameterPanel(MainViewModel model, Texts texts) {
        this(ParameterTarget.of(model), texts, texts.get("parameters.title"), "parameter");
    }

    /**
     * @param idPrefix "parameter" for the window's panel; side B's panel takes "compare-b" so each
     *                 panel's nodes keep ids of their own
     */
    ParameterPanel(ParameterTarget model, Texts texts, String titleText, String idPrefix) {
        this.model = model;
        this.texts = texts;
        this.idPrefix = idPrefix;
        setId(idPrefix + "-panel");
        getStyleClass().add("parameter-panel");
        setSpacing(8);
        Label title = new Label(titleText);
        title.getStyleClass().add("section-title");
        sheet.getStyleClass().addAll("parameter-sheet", "edge-to-edge");
        sheet.setFitToWidth(true);
        sheet.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rows.getStyleClass().add("parameter-rows");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().setAll(names, editors);
        Button reset = new Button(texts.get("parameters.reset"));
        reset.setId(idPrefix + "s-reset");
        reset.getStyleClass().addAll("small", "flat");
        reset.setTooltip(new Tooltip(texts.get("parameters.reset.help")));
        reset.setOnAction(e -> report(model.reset()));
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> model.shown().getValue() == null,
                model.shown()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, reset);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(sheet, Priority.ALWAYS);
        // The message takes its room from the sheet (which scrolls) instead of being drawn over it.
        sheet.setMinHeight(0);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId(idPrefix + "-problem");
        problem.getStyleClass().addAll("parameter-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        getChildren().addAll(header, sheet, problem);
        subscription = model.shown().subscribe(this::rebuild);
    }

    void dispose() {
        subscription.unsubscribe();
    }

    /** Rebuilds the items when another lesson opens; values of the same lesson update through bindings. */
    private void rebuild(LessonSetup setup) {
        String lessonId = setup == null ? null : setup.lesson().id();
        if (lessonId == null || lessonId.equals(shownLesson)) {
            return;
        }
        shownLesson = lessonId;
        problem.setText("");
        rows.getChildren().clear();
        values.forEach(ObjectBinding::dispose);
        values.clear();
        int row = 0;
        for (ParameterSpec spec : setup.lesson().schema(texts.language()).parameters()) {
            Label name = new Label(spec.unit().isEmpty() ? spec.label() : spec.label() + " (" + spec.unit(texts.language()) + ")");
            name.getStyleClass().add(spec.kind() == ParameterSpec.Kind.CHOICE ? "parameter-choice-name" : "parameter-name");
            name.setWrapText(true);
            name.setTooltip(new Tooltip(texts.get("parameters.help", spec.description(), spec.allowed(texts.language()))));
            // Held here: a binding that only its own listener refers to would be collected.
            ObjectBinding<Object> value = Bindings.createObjectBinding(() -> current(spec), model.shown());
            values.add(value);
            Node editor = ParameterEditors.create(spec, texts, (key, text) -> {
                Optional<String> outcome = model.setText(key, text).map(m -> byLabel(spec, m));
                report(outcome);
                return outcome;
            }, value).getEditor();
            editor.setId(idPrefix + "-" + spec.key()); // two panels (A/B compare), distinct ids
            name.setLabelFor(editor);
            if (editor instanceof Region r) {
                r.setMaxWidth(Double.MAX_VALUE);
            }
            if (spec.kind() == ParameterSpec.Kind.CHOICE) {
                // A choice's values ("address-and-port-dependent") need the whole width: the name goes above.
                rows.add(name, 0, row++, 2, 1);
                rows.add(editor, 0, row++, 2, 1);
            } else {
                rows.add(name, 0, row);
                rows.add(editor, 1, row++);
            }
        }
    }

    /** The value being simulated, or the open scenario's; a cancelled run puts the latter back. */
    private Object current(ParameterSpec spec) {
        LessonSetup setup = model.shown().getValue();
        return setup == null ? null : setup.values().get(spec.key());
    }

    /**
     * A refusal names the parameter as the sheet does: "Round-trip time (ms): expected …", not the
     * key that scenario files and --set use ("rttMs: expected …").
     */
    static String byLabel(ParameterSpec spec, String message) {
        String prefix = spec.key() + ": ";
        return message.startsWith(prefix) ? spec.label() + ": " + message.substring(prefix.length()) : message;
    }

    private void report(Optional<String> outcome) {
        problem.setText(outcome.orElse(""));
    }
}
