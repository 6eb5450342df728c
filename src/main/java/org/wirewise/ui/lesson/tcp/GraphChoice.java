package org.wirewise.ui.lesson.tcp;

import java.util.function.Consumer;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * What a TCP view shows above the bytes: the sequence diagram, the tcptrace graph (G) or, for a
 * replayed capture, its graphs over time (I). A key switches to its view and back to the diagram;
 * the toggles (shown for a replay, where all three exist) do the same with the mouse.
 */
final class GraphChoice extends HBox {

    /** The three views, with their key. */
    enum Shown {
        DIAGRAM(null), TCPTRACE(KeyCode.G), GRAPHS(KeyCode.I);

        final KeyCode key;

        Shown(KeyCode key) {
            this.key = key;
        }
    }

    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton diagram;
    private final ToggleButton tcptrace;
    private final ToggleButton graphs;
    private Shown shown = Shown.DIAGRAM;
    private final Consumer<Shown> onChange;

    /** @param texts the TCP views' words, in the view's language */
    GraphChoice(Consumer<Shown> onChange, org.wirewise.model.text.Texts texts) {
        this.onChange = onChange;
        diagram = toggle(texts.get("graphChoice.diagram"), texts.get("graphChoice.diagramHelp"), Shown.DIAGRAM);
        tcptrace = toggle(texts.get("graphChoice.tcptrace"), texts.get("graphChoice.tcptraceHelp"), Shown.TCPTRACE);
        graphs = toggle(texts.get("graphChoice.graphs"), texts.get("graphChoice.graphsHelp"), Shown.GRAPHS);
        getStyleClass().add("graph-choice");
        diagram.getStyleClass().add("left-pill");
        graphs.getStyleClass().add("right-pill");
        getChildren().addAll(diagram, tcptrace, graphs);
        diagram.setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one view is always shown
            } else if (now.getUserData() != shown) {
                select((Shown) now.getUserData());
            }
        });
    }

    private ToggleButton toggle(String text, String tip, Shown which) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setUserData(which);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(true); // Tab reaches it; a click leaves the player's keys with the window (PlayerKeys)
        return b;
    }

    Shown shown() {
        return shown;
    }

    /** Which views exist: tcptrace when the trace has TCP data, the graphs when it is a replay. */
    void setAvailable(boolean withTcptrace, boolean withGraphs) {
        tcptrace.setDisable(!withTcptrace);
        graphs.setDisable(!withGraphs);
        setVisible(withGraphs);
        setManaged(withGraphs);
        if (shown == Shown.TCPTRACE && !withTcptrace || shown == Shown.GRAPHS && !withGraphs) {
            select(Shown.DIAGRAM);
        }
    }

    /** A key: its view if another is shown, the diagram if it is; false when the key is none of ours or unavailable. */
    boolean press(KeyCode code) {
        for (Shown s : Shown.values()) {
            if (s.key == code && !toggleOf(s).isDisabled()) {
                select(shown == s ? Shown.DIAGRAM : s);
                return true;
            }
        }
        return false;
    }

    void select(Shown which) {
        shown = which;
        Toggle t = toggleOf(which);
        if (group.getSelectedToggle() != t) {
            group.selectToggle(t);
        }
        onChange.accept(which);
    }

    private ToggleButton toggleOf(Shown which) {
        return switch (which) {
            case DIAGRAM -> diagram;
            case TCPTRACE -> tcptrace;
            case GRAPHS -> graphs;
        };
    }
}
