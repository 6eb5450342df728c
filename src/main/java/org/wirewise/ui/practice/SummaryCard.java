package org.wirewise.ui.practice;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.wirewise.practice.PracticeSession;
import org.wirewise.practice.PracticeText;
import org.wirewise.practice.SeeIt;
import org.wirewise.practice.Summary;

/** The end of a session: the score, then each gap with the lesson steps that show it. */
final class SummaryCard extends VBox {

    SummaryCard(PracticeModel model, org.wirewise.model.text.Texts words, Consumer<SeeIt> open) {
        getStyleClass().add("summary-card");
        setId("summary-card");
        PracticeSession session = model.session();
        Summary summary = session.summary();
        if (session.timed() && session.remainingNanos() == 0) {
            getChildren().add(QuestionCard.label(PracticeText.timeUp(), "verdict-wrong"));
        }
        Button again = new Button(words.get("startAgain"));
        again.setId("practice-again");
        again.setDefaultButton(true);
        again.setOnAction(e -> model.backToChoice());
        getChildren().addAll(QuestionCard.label(PracticeText.summary(summary), "question-prompt"), again);
        if (!summary.covered().isEmpty()) {
            VBox covered = new VBox();
            covered.setId("summary-covered");
            for (Summary.Covered c : summary.covered()) {
                covered.getChildren().add(QuestionCard.label(c.question().prompt(), "gap-question"));
                c.points().forEach(p -> covered.getChildren().add(QuestionCard.label("✓  " + p, "point-covered")));
            }
            getChildren().add(QuestionCard.section(PracticeText.COVERED, covered));
        }
        getChildren().add(QuestionCard.label(summary.gaps().isEmpty() ? PracticeText.NO_GAPS : PracticeText.GAPS,
                "section-label"));
        for (Summary.Gap gap : summary.gaps()) {
            VBox missed = new VBox();
            gap.missed().forEach(m -> missed.getChildren().add(QuestionCard.label("✗  " + m, "point-missed")));
            VBox box = new VBox(QuestionCard.label(gap.question().prompt(), "gap-question"), missed,
                    QuestionCard.links(gap.seeIt(), open));
            box.getStyleClass().add("gap");
            getChildren().add(box);
        }
    }
}
