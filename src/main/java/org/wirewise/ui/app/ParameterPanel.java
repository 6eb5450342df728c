package org.wirewise.ui.app;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.PropertySheet;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.scenario.ParameterSpec;

/**
 * The open lesson's parameters in a ControlsFX property sheet. An edit re-runs the simulation at
 * once; a value outside the allowed range is not applied and the message under the sheet says
 * what is allowed.
 */
final class ParameterPanel extends VBox {

    private final ParameterTarget model;
    private final PropertySheet sheet = new PropertySheet();
    private final Label problem = new Label();
    private final Subscription subscription;
    private String shownLesson;

    ParameterPanel(MainViewModel model) {
        this(ParameterTarget.of(model), "Parameters", "parameter");
    }

    /**
     * @param idPrefix "parameter" for the window's panel; side B's panel takes "compare-b" so each
     *                 panel's nodes keep ids of their own
     */
    ParameterPanel(ParameterTarget model, String titleText, String idPrefix) {
        this.model = model;
        setId(idPrefix + "-panel");
        getStyleClass().add("parameter-panel");
        setSpacing(8);
        Label title = new Label(titleText);
        title.getStyleClass().add("section-title");
        Button reset = new Button("Reset");
        reset.setId(idPrefix + "s-reset");
        reset.getStyleClass().addAll("small", "flat");
        reset.setTooltip(new Tooltip("Back to the lesson's default parameters (undo with Ctrl+Z)"));
        reset.setOnAction(e -> report(model.reset()));
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> model.shown().getValue() == null,
                model.shown()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, reset);
        header.setAlignment(Pos.CENTER_LEFT);

        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(item -> {
            var editor = ParameterEditors.create(((Item) item).spec, (key, text) -> {
                Optional<String> outcome = model.setText(key, text).map(m -> byLabel(((Item) item).spec, m));
                report(outcome);
                return outcome;
            }, ((Item) item).value);
            editor.getEditor().setId(idPrefix + "-" + ((Item) item).spec.key()); // two panels, distinct ids
            return editor;
        });
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
        sheet.getItems().setAll(setup.lesson().schema().parameters().stream().map(Item::new).toList());
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

    /** One parameter as a property-sheet row, reading and writing through the view model. */
    private final class Item implements PropertySheet.Item {
        private final ParameterSpec spec;
        private final ObservableValue<Object> value;

        Item(ParameterSpec spec) {
            this.spec = spec;
            this.value = Bindings.createObjectBinding(() -> current(), model.shown());
        }

        /** The value being simulated, or the open scenario's; a cancelled run puts the latter back. */
        private Object current() {
            LessonSetup setup = model.shown().getValue();
            Object v = setup == null ? null : setup.values().get(spec.key());
            return v;
        }

        @Override
        public Class<?> getType() {
            return switch (spec.kind()) {
                case INTEGER -> Long.class;
                case DECIMAL -> Double.class;
                case BOOLEAN -> Boolean.class;
                case TEXT, CHOICE -> String.class;
            };
        }

        @Override
        public String getCategory() {
            return "Parameters";
        }

        @Override
        public String getName() {
            return spec.unit().isEmpty() ? spec.label() : spec.label() + " (" + spec.unit() + ")";
        }

        @Override
        public String getDescription() {
            return spec.description() + " Allowed: " + spec.allowed() + ".";
        }

        @Override
        public Object getValue() {
            return current();
        }

        @Override
        public void setValue(Object newValue) {
            // Edits arrive through ParameterEditors, which commit typed text; nothing to do here.
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}
