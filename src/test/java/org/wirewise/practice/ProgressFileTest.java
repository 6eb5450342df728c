package org.wirewise.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.lesson.Chapter;

/** Progress round-trips through its file, and a damaged file costs the progress, never the app. */
class ProgressFileTest {

    @TempDir
    Path dir;

    private static PracticeProgress someProgress() {
        QuestionBank bank = QuestionBank.standard();
        PracticeProgress p = PracticeProgress.EMPTY;
        for (Question q : bank.draw(null, 6, 5)) {
            BitSet covered = new BitSet();
            covered.set(0);
            p = p.with(q.kind() == Question.Kind.OPEN ? Outcome.open(q, covered) : Outcome.choiceOrNumber(q, true));
        }
        return p;
    }

    @Test
    void roundTripsPerChapterAndPerQuestion() throws Exception {
        Path folder = dir.resolve("not-yet-made");
        PracticeProgress p = someProgress();
        ProgressFile.save(folder, p);
        ProgressFile.Loaded loaded = ProgressFile.load(folder);
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.progress()).isEqualTo(p);
        assertThat(loaded.progress().chapters().values().stream().mapToInt(PracticeProgress.Tally::answered).sum())
                .isEqualTo(6);
    }

    @Test
    void noFileIsNoProgressAndNoProblem() {
        ProgressFile.Loaded loaded = ProgressFile.load(dir);
        assertThat(loaded.progress()).isEqualTo(PracticeProgress.EMPTY);
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void aDamagedFileIsKeptAsideAndReportedAndPracticeStartsFromZero() throws Exception {
        Path file = ProgressFile.file(dir);
        Files.writeString(file, "format=wirewise-practice-progress\nversion=1\nchapter.tcp.answered=many\n");
        ProgressFile.Loaded loaded = ProgressFile.load(dir);
        assertThat(loaded.progress()).isEqualTo(PracticeProgress.EMPTY);
        assertThat(loaded.problem()).hasValue("Practice progress in " + file + " could not be read "
                + "(chapter.tcp.answered is not a whole number); starting from zero. The damaged file was kept as "
                + dir.resolve("practice-progress.properties.damaged") + ".");
        assertThat(Files.readString(dir.resolve("practice-progress.properties.damaged"))).contains("many");

        Files.writeString(file, "\u0000\u0001 garbage");
        assertThat(ProgressFile.load(dir).problem().orElseThrow()).contains("does not start with format=");
        Files.writeString(file, "format=wirewise-practice-progress\nversion=1\nchapter.tcp.answered=2\nchapter.tcp.score=3\n");
        assertThat(ProgressFile.load(dir).problem().orElseThrow()).contains("a tally of 3.0 from 2 answers");
    }

    @Test
    void aQuestionNotAnsweredInTimeIsNotRecorded() {
        Question q = QuestionBank.standard().of(Chapter.NAT).get(0);
        assertThat(PracticeProgress.EMPTY.with(Outcome.unanswered(q))).isEqualTo(PracticeProgress.EMPTY);
    }
}
