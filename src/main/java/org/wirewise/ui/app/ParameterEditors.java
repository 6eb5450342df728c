package org.wirewise.ui.app;

import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.property.editor.PropertyEditor;
import org.wirewise.scenario.ParameterSpec;

/**
 * Editors for the parameter sheet. ControlsFX's own numeric editor pushes every keystroke as a
 * value and cannot say why a value is refused; these commit on Enter or when focus leaves, send
 * the typed text through the same parsing as scenario files and {@code --set}, keep a refused
 * text in place (marked) so it can be corrected, and Escape restores the current value.
 */
final class ParameterEditors {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("danger");

    private ParameterEditors() {
    }

    /**
     * @param commit  applies (key, typed text) and returns the problem, if any
     * @param current the parameter's value in the open scenario, which the editor follows
     */
    static PropertyEditor<Object> create(ParameterSpec spec, org.wirewise.model.text.Texts texts,
                                         BiFunction<String, String, Optional<String>> commit,
                                         ObservableValue<?> current) {
        PropertyEditor<Object> editor = switch (spec.kind()) {
            case BOOLEAN -> new Check(spec, commit);
            case CHOICE -> new Choice(spec, commit);
            default -> new Text(spec, texts, commit);
        };
        // The sheet sets an editor's value only once; undo, reset, a scenario file or an edit made
        // elsewhere (losing a packet from the diagram) change it afterwards. The editor and the
        // value live and die with the sheet's item, so this subscription needs no removal.
        current.subscribe(editor::setValue);
        return editor;
    }

    private static final class Text implements PropertyEditor<Object> {
        private final TextField field = new TextField();
        private final java.util.Locale language;
        private Object current;

        Text(ParameterSpec spec, org.wirewise.model.text.Texts texts, BiFunction<String, String, Optional<String>> commit) {
            field.setId("parameter-" + spec.key());
            language = texts.language();
            field.setTooltip(new Tooltip(texts.get("parameters.field.help", spec.description(),
                    spec.allowed(texts.language()))));
            Runnable apply = () -> {
                if (field.getText().equals(format(current, texts.language()))) {
                    field.pseudoClassStateChanged(INVALID, false);
                    return;
                }
                Optional<String> problem = commit.apply(spec.key(), field.getText());
                field.pseudoClassStateChanged(INVALID, problem.isPresent());
            };
            field.setOnAction(e -> apply.run());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    apply.run();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    setValue(current);
                    e.consume();
                }
            });
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return current;
        }

        @Override
        public void setValue(Object value) {
            current = value;
            field.setText(format(value, language));
            field.pseudoClassStateChanged(INVALID, false);
        }

    }

    /** A parameter's value as the sheet shows it in {@code language}: 80 rather than 80.0, "12,5" in Spanish, nothing for none. */
    static String format(Object value, java.util.Locale language) {
        if (value instanceof Double d) {
            return ParameterSpec.typed(d, language);
        }
        return value == null ? "" : value.toString();
    }

    private static final class Choice implements PropertyEditor<Object> {
        private final ComboBox<String> box = new ComboBox<>();
        private boolean updating;

        Choice(ParameterSpec spec, BiFunction<String, String, Optional<String>> commit) {
            box.setId("parameter-" + spec.key());
            box.getItems().setAll(spec.choices());
            box.setTooltip(new Tooltip(spec.description()));
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((obs, was, chosen) -> {
                if (!updating && chosen != null) {
                    commit.apply(spec.key(), chosen);
                }
            });
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.getValue();
        }

        @Override
        public void setValue(Object value) {
            updating = true;
            box.setValue(value == null ? null : value.toString());
            updating = false;
        }
    }

    private static final class Check implements PropertyEditor<Object> {
        private final CheckBox box = new CheckBox();
        private boolean updating;

        Check(ParameterSpec spec, BiFunction<String, String, Optional<String>> commit) {
            box.setId("parameter-" + spec.key());
            box.setTooltip(new Tooltip(spec.description()));
            box.selectedProperty().addListener((obs, was, selected) -> {
                if (!updating) {
                    commit.apply(spec.key(), Boolean.toString(selected));
                }
            });
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.isSelected();
        }

        @Override
        public void setValue(Object value) {
            updating = true;
            box.setSelected(Boolean.TRUE.equals(value));
            updating = false;
        }
    }
}
