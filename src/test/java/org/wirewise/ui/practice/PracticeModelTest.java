package org.wirewise.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.lesson.Chapter;
import org.wirewise.practice.PracticeProgress;
import org.wirewise.practice.PracticeSession;
import org.wirewise.practice.ProgressFile;
import org.wirewise.practice.Question;
import org.wirewise.practice.QuestionBank;

/** The practice page's presentation model, without a window. */
class PracticeModelTest {

    private static final QuestionBank BANK = QuestionBank.standard();
    private static final long MINUTE = 60_000_000_000L;

    @TempDir
    Path dir;

    private PracticeModel model() {
        return new PracticeModel(BANK, dir, () -> 21);
    }

    /** Answers the current question rightly (every point ticked for an open one). */
    private static void answerRightly(PracticeModel m) {
        Question q = m.session().current();
        switch (q.kind()) {
            case CHOICE -> m.choose(q.correct());
            case NUMERIC -> assertThat(m.submitNumber(q.number().value().toPlainString())).isEmpty();
            case OPEN -> {
                m.writeOpen("mine");
                BitSet all = new BitSet();
                all.set(0, q.points().size());
                m.tick(all);
            }
        }
    }

    @Test
    void practiceRecordsEveryAnswerInTheSettingsFolder() {
        PracticeModel m = model();
        m.chapterProperty().set(Chapter.TCP);
        m.countProperty().set(3);
        assertThat(m.start()).isEmpty();
        assertThat(m.screenProperty().get()).isEqualTo(PracticeModel.Screen.QUESTION);
        assertThat(m.timeLeftProperty().get()).isEmpty();
        for (int i = 0; i < 3; i++) {
            answerRightly(m);
            m.next();
        }
        assertThat(m.screenProperty().get()).isEqualTo(PracticeModel.Screen.SUMMARY);
        assertThat(m.session().summary().percent()).isEqualTo(100);
        PracticeProgress.Tally tcp = m.progressProperty().get().of(Chapter.TCP);
        assertThat(tcp.answered()).isEqualTo(3);
        assertThat(new PracticeModel(BANK, dir, () -> 1).progressProperty().get()).isEqualTo(m.progressProperty().get());
    }

    @Test
    void aMockInterviewCountsDownAndEndsOnItsSummary() {
        PracticeModel m = model();
        m.mockProperty().set(true);
        m.start();
        assertThat(m.session().questions()).hasSize(5);
        assertThat(m.timeLeftProperty().get()).isEqualTo("25:00 left");
        assertThat(m.clockRunning()).isTrue();
        m.advance(24 * MINUTE);
        assertThat(m.timeLeftProperty().get()).isEqualTo("1:00 left");
        answerRightly(m);
        m.next();
        m.advance(MINUTE);
        assertThat(m.screenProperty().get()).isEqualTo(PracticeModel.Screen.SUMMARY);
        assertThat(m.session().summary().answered()).isEqualTo(1);
        assertThat(m.session().summary().gaps()).hasSize(4);
        assertThat(m.clockRunning()).isFalse();
    }

    @Test
    void aNumberThatCannotBeReadIsRefusedAndTheQuestionStaysOpen() {
        PracticeModel m = model();
        m.chapterProperty().set(Chapter.IP_ADDRESSING);
        m.countProperty().set(m.maxCount());
        m.start();
        while (m.session().current().kind() != Question.Kind.NUMERIC) {
            answerRightly(m);
            m.next();
        }
        assertThat(m.submitNumber("a lot")).hasValueSatisfying(msg -> assertThat(msg).startsWith("expected a number"));
        assertThat(m.session().stage()).isEqualTo(PracticeSession.Stage.ASKING);
    }

    @Test
    void aDamagedProgressFileIsReportedAndAFailedSaveSaysWhy() throws Exception {
        Files.writeString(ProgressFile.file(dir), "rubbish");
        PracticeModel m = model();
        assertThat(m.problemProperty().get()).contains("could not be read").contains("starting from zero");

        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "");
        PracticeModel unsaved = new PracticeModel(BANK, notAFolder, () -> 3);
        unsaved.start();
        answerRightly(unsaved);
        assertThat(unsaved.problemProperty().get()).startsWith("Practice progress was not saved: ");
        assertThat(unsaved.progressProperty().get().chapters()).isNotEmpty(); // kept for this session
    }

    @Test
    void resetForgetsEverythingOnDiskToo() {
        PracticeModel m = model();
        m.start();
        answerRightly(m);
        assertThat(m.resetProgress()).isEmpty();
        assertThat(m.progressProperty().get()).isEqualTo(PracticeProgress.EMPTY);
        assertThat(ProgressFile.load(dir).progress()).isEqualTo(PracticeProgress.EMPTY);
    }
}
