package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wirewise.model.tcp.FlowControlScenario;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.SequenceGraph;

/** The tcptrace graph's own words (title, key, the window edge) in the lesson's language. */
@ExtendWith(ApplicationExtension.class)
class TcptraceChartLanguageTest {

    private final TcptraceChart chart = new TcptraceChart();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(chart), 900, 560));
        stage.show();
    }

    private List<String> drawn(FxRobot robot, java.util.Locale language) {
        Trace trace = FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS, language);
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            chart.setLanguage(language);
            chart.setGraph(SequenceGraph.of(trace).orElseThrow(), trace.lanes());
            chart.show(trace.step(trace.stepCount() - 1).time(), -1);
            chart.layout();
            chart.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label l && l.isVisible())
                    .forEach(n -> texts.add(((Label) n).getText()));
        });
        return texts;
    }

    @Test
    void spanishWordsInTheSpanishLessonEnglishAsBefore(FxRobot robot) {
        List<String> english = drawn(robot, java.util.Locale.ENGLISH);
        assertThat(english).contains("data", "retransmitted", "ACK", "receive window", "SACK")
                .anyMatch(t -> t.startsWith("tcptrace: ") && t.contains(" → "));
        List<String> spanish = drawn(robot, Texts.LANGUAGES.get(1));
        assertThat(spanish).contains("datos", "retransmitidos", "ventana de recepción")
                .doesNotContain("data", "retransmitted", "receive window")
                .noneMatch(t -> t.startsWith("window edge") || t.endsWith(" quiet"));
    }
}
