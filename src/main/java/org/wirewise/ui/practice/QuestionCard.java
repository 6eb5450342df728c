package org.wirewise.ui.practice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wirewise.practice.Answers;
import org.wirewise.practice.Outcome;
import org.wirewise.practice.PracticeSession;
import org.wirewise.practice.PracticeText;
import org.wirewise.practice.Question;
import org.wirewise.practice.SeeIt;

/**
 * One question as the page shows it, rebuilt from the session each time it moves on: the prompt,
 * the way to answer it (options, a number field, a text area then the checklist), and once
 * answered the verdict, model answer, key points, common mistakes and "see it" links.
 */
final class QuestionCard extends VBox {

    private final PracticeModel model;
    private final Consumer<SeeIt> open;
    private final org.wirewise.model.text.Texts words;

    QuestionCard(PracticeModel model, org.wirewise.model.text.Texts words, Consumer<SeeIt> open) {
        this.words = words;
        this.model = model;
        this.open = open;
        getStyleClass().add("question-card");
        setId("question-card");
        PracticeSession s = model.session();
        Question q = s.current();
        getChildren().addAll(label(PracticeText.heading(s.index(), s.questions().size(), q), "question-heading"),
                label(q.prompt(), "question-prompt"));
        switch (s.stage()) {
            case ASKING -> getChildren().add(asking(q));
            case CHECKLIST -> getChildren().addAll(written(s.written()), checklist(q));
            default -> getChildren().addAll(answered(q, s.lastOutcome()));
        }
    }

    private Node asking(Question q) {
        return switch (q.kind()) {
            case CHOICE -> {
                VBox options = new VBox();
                options.getStyleClass().add("choices");
                for (int i = 0; i < q.choices().size(); i++) {
                    int option = i;
                    Button b = new Button(Answers.letter(i) + ")  " + q.choices().get(i));
                    b.setId("choice-" + Answers.letter(i));
                    b.getStyleClass().add("choice");
                    b.setWrapText(true);
                    b.setMaxWidth(Double.MAX_VALUE);
                    b.setOnAction(e -> model.choose(option));
                    options.getChildren().add(b);
                }
                yield options;
            }
            case NUMERIC -> {
                TextField field = new TextField();
                field.setId("number-answer");
                field.getStyleClass().add("number-answer");
                Label unit = label(q.number().unit(), "unit");
                Label refusal = label("", "refusal");
                refusal.setId("number-refusal");
                Button check = new Button(words.get("check"));
                check.setId("check-number");
                check.setDefaultButton(true);
                check.setOnAction(e -> model.submitNumber(field.getText()).ifPresent(refusal::setText));
                field.setOnAction(e -> check.fire());
                HBox row = new HBox(field, unit, check);
                row.getStyleClass().add("answer-row");
                yield new VBox(row, refusal);
            }
            case OPEN -> {
                TextArea area = new TextArea();
                area.setId("open-answer");
                area.setPromptText(words.get("yourAnswer"));
                area.setWrapText(true);
                area.setPrefRowCount(6);
                Button reveal = new Button(words.get("showChecklist"));
                reveal.setId("show-checklist");
                reveal.setOnAction(e -> model.writeOpen(area.getText()));
                VBox box = new VBox(area, reveal);
                box.getStyleClass().add("answer-box");
                yield box;
            }
        };
    }

    private Node written(String text) {
        Label mine = label(text.isBlank() ? "—" : text, "written-answer");
        mine.setId("written-answer");
        return mine;
    }

    private Node checklist(Question q) {
        VBox box = new VBox(label(words.get("tick"), "section-label"));
        box.getStyleClass().add("checklist");
        List<CheckBox> boxes = new ArrayList<>();
        for (int i = 0; i < q.points().size(); i++) {
            CheckBox c = new CheckBox(q.points().get(i));
            c.setId("point-" + (i + 1));
            c.setWrapText(true);
            boxes.add(c);
            box.getChildren().add(c);
        }
        Button done = new Button(words.get("doneTicking"));
        done.setId("record-points");
        done.setDefaultButton(true);
        done.setOnAction(e -> {
            BitSet covered = new BitSet();
            for (int i = 0; i < boxes.size(); i++) {
                covered.set(i, boxes.get(i).isSelected());
            }
            model.tick(covered);
        });
        box.getChildren().add(done);
        return box;
    }

    private List<Node> answered(Question q, Outcome o) {
        List<Node> nodes = new ArrayList<>();
        if (q.kind() == Question.Kind.OPEN) {
            nodes.add(written(model.session().written()));
        }
        Label verdict = label(verdict(q, o), o.right() ? "verdict-right" : "verdict-wrong");
        verdict.setId("verdict");
        nodes.add(verdict);
        nodes.add(section(words.get("modelAnswer"), label(q.answer(), "model-answer")));
        VBox points = new VBox();
        BitSet covered = o.covered();
        for (int i = 0; i < q.points().size(); i++) {
            points.getChildren().add(label((covered.get(i) ? "✓  " : "✗  ") + q.points().get(i),
                    covered.get(i) ? "point-covered" : "point-missed"));
        }
        nodes.add(section(words.get("keyPoints"), points));
        VBox mistakes = new VBox();
        q.mistakes().forEach(m -> mistakes.getChildren().add(label("•  " + m, "mistake")));
        nodes.add(section(words.get("commonMistakes"), mistakes));
        nodes.add(section(words.get("seeIt"), links(q.seeIt(), open)));
        boolean last = model.session().index() == model.session().questions().size() - 1;
        Button next = new Button(words.get(last ? "finish" : "next"));
        next.setId("next-question");
        next.setDefaultButton(true);
        next.setOnAction(e -> model.next());
        nodes.add(next);
        return nodes;
    }

    private static String verdict(Question q, Outcome o) {
        return switch (q.kind()) {
            case CHOICE -> o.right() ? PracticeText.RIGHT
                    : PracticeText.wrongChoice(Answers.letter(q.correct()), q.choices().get(q.correct()));
            case NUMERIC -> o.right() ? PracticeText.rightNumber(q.number().value().toPlainString(), q.number().unit())
                    : PracticeText.notQuite(q.number().value().toPlainString(), q.number().unit());
            case OPEN -> PracticeText.covered(o.covered().cardinality(), q.points().size());
        };
    }

    /** "See it" links; each opens its lesson at its step. */
    static VBox links(List<SeeIt> links, Consumer<SeeIt> open) {
        VBox box = new VBox();
        box.getStyleClass().add("see-it");
        for (SeeIt link : links) {
            Hyperlink h = new Hyperlink(link.caption() + "  (" + link.address() + ")");
            h.getStyleClass().add("see-it-link");
            h.setWrapText(true);
            h.setOnAction(e -> open.accept(link));
            box.getChildren().add(h);
        }
        return box;
    }

    static VBox section(String title, Node content) {
        VBox box = new VBox(label(title, "section-label"), content);
        box.getStyleClass().add("card-section");
        return box;
    }

    static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.NEVER);
        return l;
    }
}
