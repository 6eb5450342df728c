package org.wirewise.ui.lesson.stack;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.packet.Field;
import org.wirewise.model.stack.StackDissector;
import org.wirewise.model.text.Texts;
import org.wirewise.model.stack.QuizCard;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The "which layer?" check: the question in large type and one button per choice. A click marks
 * the choice right or wrong at once (the answer is read from the next step, which reveals it);
 * the answer step marks the right choice, the narration explains why and the frame below shows
 * the bytes the answer is about.
 */
public final class QuizView implements LessonView {

    private final Label progress = new Label();
    private final Label question = new Label();
    private final VBox choices = new VBox();
    private final Label feedback = new Label();
    private final SplitPane root = new SplitPane();
    private final TitledPacketBytes bytesPane = new TitledPacketBytes();
    /** Question step index → the choice the learner clicked. */
    private final Map<Integer, Integer> picked = new HashMap<>();
    private final Texts texts;
    private Trace trace;
    private int shownStep = -1;

    public QuizView(Locale language) {
        texts = StackPage.texts(language);
        progress.setId("quiz-progress");
        progress.getStyleClass().add("quiz-progress");
        question.setId("quiz-question");
        question.getStyleClass().add("quiz-question");
        question.setWrapText(true);
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a question is read whole, never cut to "..."

        choices.getStyleClass().add("quiz-choices");
        feedback.setId("quiz-feedback");
        feedback.getStyleClass().add("quiz-feedback");
        feedback.setWrapText(true);
        VBox box = new VBox(progress, question, choices, feedback);
        box.getStyleClass().addAll("stack-lesson", "quiz");
        box.getStylesheets().add(LayerStyles.STYLESHEET);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setOrientation(Orientation.VERTICAL);
        root.getItems().add(scroll);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        picked.clear();
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            redraw();
        }
    }

    @Override
    public void dispose() {
        // Nothing here listens to anything that outlives this view.
    }

    private void redraw() {
        Step step = trace.step(shownStep);
        showEvidence(step);
        QuizCard card = step.snapshot().fact(QuizCard.class).orElse(null);
        choices.getChildren().clear();
        if (card == null) {
            progress.setText(step.title());
            question.setText(texts.get("quiz.start"));
            feedback.setText("");
            return;
        }
        boolean revealed = card.revealed();
        int questionStep = revealed ? shownStep - 1 : shownStep;
        Integer choice = picked.get(questionStep);
        int right = answer(questionStep);
        // A class that votes aloud has no clicks to count: say nothing rather than "no answers yet".
        progress.setText(trace.step(questionStep).title() + (picked.isEmpty() ? "" : "  ·  " + score()));
        question.setText(card.question());
        for (int c = 0; c < card.choices().size(); c++) {
            Button b = new Button((char) ('A' + c) + "   " + card.choices().get(c));
            b.setId("quiz-choice-" + c);
            b.getStyleClass().add("quiz-choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a long choice wraps; every line shows
            b.setFocusTraversable(true); // Tab reaches it; a click leaves the player's keys global (PlayerKeys)
            boolean showRight = revealed || choice != null;
            if (showRight && c == right) {
                b.getStyleClass().add("right");
            } else if (choice != null && c == choice) {
                b.getStyleClass().add("wrong");
            }
            int index = c;
            b.setOnAction(e -> {
                picked.put(questionStep, index);
                redraw();
            });
            b.setDisable(revealed || choice != null);
            choices.getChildren().add(b);
        }
        if (choice == null) {
            feedback.setText(texts.get(revealed ? "quiz.revealed" : "quiz.pick"));
        } else {
            feedback.setText(texts.get(choice == right ? "quiz.right" : "quiz.wrong")
                    + texts.get(revealed ? "quiz.narrationWhy" : "quiz.forwardWhy"));
        }
    }

    /** An answer step's frame, with the field the answer is about selected; questions show none. */
    private void showEvidence(Step step) {
        if (step.packetId() < 0) {
            bytesPane.clear(texts.get("bytes.empty"));
            root.getItems().remove(bytesPane);
            return;
        }
        if (!root.getItems().contains(bytesPane)) {
            root.getItems().add(bytesPane);
            root.setDividerPositions(0.55);
        }
        TracePacket packet = trace.packets().get(step.packetId());
        byte[] frame = packet.frame();
        Field tree = StackDissector.dissect(frame);
        bytesPane.show(texts.get("packet.bytes", packet.label(), Integer.toString(frame.length)), frame, tree);
        step.snapshot().fact(QuizCard.class).filter(c -> !c.evidenceField().isEmpty())
                .map(c -> StackDissector.find(tree, c.evidenceField()))
                .ifPresent(bytesPane::select);
    }

    /** The right choice of a question step, read from the answer step after it. */
    private int answer(int questionStep) {
        return trace.step(questionStep + 1).snapshot().fact(QuizCard.class).orElseThrow().answer().orElse(-1);
    }

    private String score() {
        long right = picked.entrySet().stream().filter(e -> e.getValue() == answer(e.getKey())).count();
        return texts.get("quiz.score", Long.toString(right), Integer.toString(picked.size()));
    }
}
