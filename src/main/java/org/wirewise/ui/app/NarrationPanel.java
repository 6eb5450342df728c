package org.wirewise.ui.app;

import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.Variable;
import org.wirewise.ui.player.PlayerModel;

/**
 * The current step in words: its title, time, narration, links to the lesson steps that show its
 * subject in depth, the RFC sections it rests on, and each participant's state variables.
 */
final class NarrationPanel extends ScrollPane {

    /** Longest value, in characters, that fits a column of its own when two participants sit side by side. */
    private static final int SHORT_VALUE = 12;

    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label narration = new Label();
    private final FlowPane references = new FlowPane();
    private final StepLinkButtons links;
    private final GridPane variables = new GridPane();
    private final javafx.beans.property.BooleanProperty statesShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "statesShown", true);
    private final Subscription subscription;
    private final PlayerModel player;
    private final Texts texts;
    private final Units units;
    private int shownStep = -1;
    private Trace shownTrace;

    /**
     * @param lessonTitle a lesson's title from its id, for the step's links
     * @param openLink    opens a step's link to another lesson
     */
    NarrationPanel(PlayerModel player, Texts texts, java.util.function.Function<String, String> lessonTitle,
                   java.util.function.Consumer<org.wirewise.model.trace.StepLink> openLink) {
        this.player = player;
        this.texts = texts;
        this.units = new Units(texts.language());
        this.links = new StepLinkButtons(texts, lessonTitle, openLink);
        setId("narration-panel");
        getStyleClass().addAll("narration-panel", "edge-to-edge");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.setId("narration-title");
        title.getStyleClass().add("narration-title");
        title.setWrapText(true);
        meta.getStyleClass().add("narration-meta");
        narration.setId("narration-text");
        narration.getStyleClass().add("narration-text");
        narration.setWrapText(true);
        references.getStyleClass().add("narration-references");
        references.setHgap(6);
        references.setVgap(6);
        variables.getStyleClass().add("narration-variables");
        variables.setHgap(14);
        variables.setVgap(2);
        Label variablesTitle = new Label(texts.get("narration.states"));
        variablesTitle.getStyleClass().add("section-title");
        // A step with no participants to describe (a quiz, a table) shows no empty heading. Presentation
        // mode hides the state table unless asked for (V): there the narration is a caption.
        variablesTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(variables.getChildren()).and(statesShown));
        variablesTitle.managedProperty().bind(variablesTitle.visibleProperty());
        variables.visibleProperty().bind(statesShown);
        variables.managedProperty().bind(statesShown);
        VBox content = new VBox(10, title, meta, narration, links, references, variablesTitle, variables);
        content.getStyleClass().add("narration-content");
        VBox.setVgrow(narration, Priority.NEVER);
        setContent(content);
        subscription = player.frameProperty().subscribe(f -> refresh());
    }

    /** Whether each participant's state variables are shown under the narration. */
    javafx.beans.property.BooleanProperty statesShownProperty() {
        return statesShown;
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void refresh() {
        Trace trace = player.getTrace();
        if (trace == null) {
            title.setText(texts.get("narration.empty.title"));
            meta.setText("");
            narration.setText(texts.get("narration.empty.text"));
            references.getChildren().clear();
            links.show(List.of());
            variables.getChildren().clear();
            return;
        }
        int index = player.getStepIndex();
        if (index == shownStep && trace == shownTrace) {
            return;
        }
        shownStep = index;
        shownTrace = trace;
        Step step = trace.step(index);
        title.setText(step.title());
        meta.setText(texts.get("narration.meta", Integer.toString(index + 1), Integer.toString(trace.stepCount()),
                units.time(step.time())));
        narration.setText(step.narration());
        links.show(step.links());
        references.getChildren().setAll(step.references().stream().map(r -> {
            Label chip = new Label(r);
            chip.getStyleClass().add("reference-chip");
            chip.setTooltip(new Tooltip(texts.get("narration.reference.help")));
            return chip;
        }).toList());
        showVariables(trace, step.snapshot().nodes());
        setVvalue(0);
    }

    private void showVariables(Trace trace, List<NodeState> nodes) {
        variables.getChildren().clear();
        variables.getColumnConstraints().clear();
        // Names never shrink; values wrap.
        ColumnConstraints namesColumn = new ColumnConstraints();
        namesColumn.setMinWidth(Region.USE_PREF_SIZE);
        variables.getColumnConstraints().add(namesColumn);
        // Side by side only while every value is short: two columns of addresses do not fit the panel.
        boolean shortValues = nodes.stream().flatMap(n -> n.variables().stream())
                .allMatch(v -> v.value() == null || v.value().length() <= SHORT_VALUE)
                && nodes.stream().allMatch(n -> n.state().length() <= SHORT_VALUE);
        if (nodes.size() <= 2 && shortValues) {
            showSideBySide(trace, nodes);
        } else {
            showStacked(trace, nodes);
        }
    }

    /** Two participants: one column each, variables as rows, so values compare across a row. */
    private void showSideBySide(Trace trace, List<NodeState> nodes) {
        for (int c = 0; c < nodes.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            cc.setHgrow(Priority.SOMETIMES);
            variables.getColumnConstraints().add(cc);
            variables.add(label(trace.lane(nodes.get(c).lane()).title(), "variables-head"), c + 1, 0);
            Label state = label(nodes.get(c).state(), "variables-state");
            state.setMinWidth(Region.USE_PREF_SIZE); // short (see SHORT_VALUE): its column is at least this wide
            variables.add(state, c + 1, 1);
        }
        if (nodes.isEmpty()) {
            return;
        }
        variables.add(label(texts.get("narration.state"), "variables-name"), 0, 1);
        List<String> names = nodes.stream().flatMap(n -> n.variables().stream()).map(Variable::name).distinct().toList();
        for (int r = 0; r < names.size(); r++) {
            variables.add(label(names.get(r), "variables-name"), 0, r + 2);
            for (int c = 0; c < nodes.size(); c++) {
                variables.add(value(names.get(r), nodes.get(c).variable(names.get(r))), c + 1, r + 2);
            }
        }
    }

    /** Three or more participants: one block each (title and state, then its variables). */
    private void showStacked(Trace trace, List<NodeState> nodes) {
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.SOMETIMES);
        variables.getColumnConstraints().add(values);
        int row = 0;
        for (NodeState node : nodes) {
            variables.add(label(trace.lane(node.lane()).title(), "variables-head"), 0, row);
            Label state = label(node.state(), "variables-state");
            state.setWrapText(true); // "congestion avoidance" takes two lines in a narrow column
            variables.add(state, 1, row++);
            for (Variable v : node.variables()) {
                variables.add(label(v.name(), "variables-name"), 0, row);
                variables.add(value(v.name(), v.value()), 1, row++);
            }
        }
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static Label value(String name, String value) {
        Label v = label(value == null ? "" : value, "variables-value");
        v.setWrapText(true); // a long value ("198.51.100.0/24 → WAN port") takes more lines, not an ellipsis
        if (value != null && value.length() > SHORT_VALUE) {
            v.setTooltip(new Tooltip(name + " = " + value));
        }
        return v;
    }
}
