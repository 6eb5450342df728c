package org.wirewise.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.practice.PracticeSession;
import org.wirewise.practice.Question;
import org.wirewise.practice.SeeIt;
import org.wirewise.testing.AppWindow;

/** A learner's paths through the practice page in the real window, on headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class PracticePageTest {

    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private PracticeModel practice() {
        return app.window().practicePage().model();
    }

    /** Answers the question on screen through its controls, rightly. */
    private static void answer(FxRobot robot, Question q) {
        switch (q.kind()) {
            case CHOICE -> robot.clickOn("#choice-" + (char) ('a' + q.correct()));
            case NUMERIC -> {
                robot.clickOn("#number-answer").write(q.number().value().toPlainString());
                robot.clickOn("#check-number");
            }
            case OPEN -> {
                robot.clickOn("#open-answer").write("Each side's ISN");
                robot.clickOn("#show-checklist");
                robot.clickOn("#point-1");
                robot.clickOn("#record-points");
            }
        }
    }

    @Test
    void practiseAChapterThenSeeItOpensTheLessonAtItsStep(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-area").type(KeyCode.F6);
        assertThat(robot.lookup("#practice-page").tryQuery()).isPresent();
        robot.clickOn("#chapter-nat").clickOn("#mode-practice").clickOn("#start-practice");
        PracticeSession session = practice().session();
        assertThat(session.questions()).allSatisfy(q -> assertThat(q.chapter().displayName()).isEqualTo("NAT"));

        Question q = session.current();
        answer(robot, q);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.stage()).isEqualTo(PracticeSession.Stage.ANSWERED);
        String verdict = robot.lookup("#verdict").queryAs(Label.class).getText();
        assertThat(verdict).isEqualTo(q.kind() == Question.Kind.OPEN ? "You covered 1 of " + q.points().size() + " points."
                : q.kind() == Question.Kind.CHOICE ? "Right." : "Right. The model computes "
                + q.number().value().toPlainString() + " " + q.number().unit() + ".");

        SeeIt link = q.seeIt().get(0);
        robot.clickOn(robot.lookup(".see-it-link").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#practice-page").tryQuery()).isEmpty();
        assertThat(app.model().getSetup().lesson().id()).isEqualTo(link.lessonId());
        assertThat(app.model().player().getStepIndex()).isEqualTo(link.step() - 1);
        assertThat(app.model().getSetup().values()).isEqualTo(link.setup(app.model().catalog()).values());

        robot.type(KeyCode.F6); // back to the question, still answered
        assertThat(robot.lookup("#next-question").tryQuery()).isPresent();
        assertThat(practice().progressProperty().get().of(q.chapter()).answered()).isPositive();
    }

    @Test
    void aMockInterviewEndsOnItsSummaryWithEachGapLinked(FxRobot robot) {
        robot.interact(() -> app.window().showPractice(true));
        robot.clickOn("#chapter-mixed").clickOn("#mode-mock").clickOn("#start-practice");
        assertThat(robot.lookup("#practice-timer").queryAs(Label.class).getText()).isEqualTo("25:00 left");
        Question first = practice().session().current();
        if (first.kind() == Question.Kind.CHOICE) {
            robot.clickOn("#question-card").type(KeyCode.getKeyCode(String.valueOf((char) ('A' + first.correct()))));
            assertThat(practice().session().stage()).isEqualTo(PracticeSession.Stage.ANSWERED);
        }
        robot.interact(() -> practice().advance(25L * 60_000_000_000L));
        assertThat(robot.lookup("#summary-card").tryQuery()).isPresent();
        int gaps = practice().session().summary().gaps().size();
        assertThat(gaps).isGreaterThanOrEqualTo(4);
        assertThat(robot.lookup("#summary-card .gap").queryAll()).hasSize(gaps);
        assertThat(robot.lookup("#summary-card .see-it-link").queryAll()).hasSizeGreaterThanOrEqualTo(gaps);
        assertThat(robot.lookup("#practice-timer").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#practice-again");
        assertThat(robot.lookup("#choose-card").tryQuery()).isPresent();
    }

    @Test
    void aNumberThatCannotBeReadIsExplainedOnThePage(FxRobot robot) {
        robot.interact(() -> app.window().showPractice(true));
        robot.clickOn("#chapter-ip-addressing");
        robot.interact(() -> practice().countProperty().set(practice().maxCount())); // every question: some are numeric
        robot.clickOn("#start-practice");
        PracticeSession session = practice().session();
        while (session.current().kind() != Question.Kind.NUMERIC) { // past the others, through the model
            robot.interact(() -> {
                Question q = session.current();
                if (q.kind() == Question.Kind.OPEN) {
                    practice().writeOpen("");
                    practice().tick(new java.util.BitSet());
                } else {
                    practice().choose(q.correct());
                }
                practice().next();
            });
        }
        robot.clickOn("#number-answer").write("lots");
        robot.clickOn("#check-number");
        assertThat(robot.lookup("#number-refusal").queryAs(Label.class).getText())
                .startsWith("expected a number such as 4096");
        assertThat(session.stage()).isEqualTo(PracticeSession.Stage.ASKING);
    }
}
