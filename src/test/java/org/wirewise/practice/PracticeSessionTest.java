package org.wirewise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Practice and mock-interview sessions as a learner goes through them. */
class PracticeSessionTest {

    private static final long MINUTE = 60_000_000_000L;
    private static final QuestionBank BANK = QuestionBank.standard();

    private static Question byId(String id) {
        return QuestionBank.generated(BANK.all().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(), 7);
    }

    @Test
    void choiceAndNumericAreCheckedAtOnceAndOpenIsTickedAgainstItsChecklist() {
        Question choice = byId("tcp-first-byte");
        Question numeric = byId("cidr-block-size");
        Question open = byId("tcp-three-messages");
        PracticeSession s = new PracticeSession(List.of(choice, numeric, open), 0);

        Outcome wrong = s.answerChoice((choice.correct() + 1) % choice.choices().size());
        assertThat(wrong.right()).isFalse();
        assertThat(s.stage()).isEqualTo(PracticeSession.Stage.ANSWERED);
        s.next();

        assertThat(s.answerNumber(numeric.number().value()).right()).isTrue();
        s.next();

        s.writeOpen("Each side has its own ISN that the other acknowledges.");
        assertThat(s.stage()).isEqualTo(PracticeSession.Stage.CHECKLIST);
        BitSet ticked = new BitSet();
        ticked.set(0);
        ticked.set(1);
        Outcome o = s.tick(ticked);
        assertThat(o.score()).isEqualTo(2.0 / open.points().size());
        assertThat(o.missed()).containsExactlyElementsOf(open.points().subList(2, open.points().size()));
        s.next();

        assertThat(s.stage()).isEqualTo(PracticeSession.Stage.FINISHED);
        Summary summary = s.summary();
        assertThat(summary.answered()).isEqualTo(3);
        assertThat(summary.right()).isEqualTo(1);
        assertThat(summary.gaps()).extracting(g -> g.question().id()).containsExactly("tcp-first-byte", "tcp-three-messages");
        assertThat(summary.gaps().get(1).seeIt()).isEqualTo(open.seeIt());
        assertThat(summary.covered()).extracting(c -> c.question().id()).containsExactly("cidr-block-size",
                "tcp-three-messages");
        assertThat(summary.covered().get(1).points()).containsExactlyElementsOf(open.points().subList(0, 2));
    }

    @Test
    void aMockInterviewEndsWhenItsTimeRunsOutAndCountsTheRestAsGaps() {
        List<Question> five = BANK.draw(null, 5, 11);
        PracticeSession s = new PracticeSession(five, 25 * MINUTE);
        assertThat(s.timed()).isTrue();
        assertThat(PracticeText.timeLeft(s.remainingNanos())).isEqualTo("25:00 left");
        assertThat(s.advance(10 * MINUTE)).isFalse();
        assertThat(PracticeText.timeLeft(s.remainingNanos())).isEqualTo("15:00 left");
        answerWrongly(s);
        s.next();
        assertThat(s.advance(15 * MINUTE)).isTrue();
        assertThat(s.stage()).isEqualTo(PracticeSession.Stage.FINISHED);
        assertThat(s.remainingNanos()).isZero();
        Summary summary = s.summary();
        assertThat(summary.asked()).isEqualTo(5);
        assertThat(summary.answered()).isEqualTo(1);
        assertThat(summary.gaps()).hasSize(5);
        assertThat(summary.gaps().get(4).missed()).isEqualTo(five.get(4).points());
        assertThat(s.advance(MINUTE)).as("time after the end changes nothing").isFalse();
    }

    @Test
    void practiceWithoutALimitIgnoresTime() {
        PracticeSession s = new PracticeSession(BANK.draw(null, 2, 3), 0);
        assertThat(s.advance(1000 * MINUTE)).isFalse();
        assertThat(s.stage()).isEqualTo(PracticeSession.Stage.ASKING);
    }

    @Test
    void answersOutOfTurnAreRefused() {
        Question open = byId("tcp-three-messages");
        PracticeSession s = new PracticeSession(List.of(open), 0);
        assertThatThrownBy(() -> s.answerChoice(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::next).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.tick(new BitSet())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void typedAnswersAreReadAsPeopleWriteThemAndRefusalsSayWhatIsAllowed() throws Exception {
        assertThat(Answers.choice(" B ", 4)).isEqualTo(1);
        assertThat(Answers.choice("3", 4)).isEqualTo(2);
        assertThatThrownBy(() -> Answers.choice("e", 4)).hasMessage(
                "expected a letter from a to d (or a number from 1 to 4), got \"e\"");
        assertThat(Answers.number("4,096", "addresses")).isEqualByComparingTo("4096");
        assertThat(Answers.number("12 500 000 bytes", "bytes")).isEqualByComparingTo("12500000");
        assertThat(Answers.number("1.25e7", "bytes")).isEqualByComparingTo("12500000");
        assertThatThrownBy(() -> Answers.number("about 4k", "addresses")).hasMessage(
                "expected a number such as 4096, 4,096 or 1.5e6 (in addresses), got \"about 4k\"");
        assertThat(Answers.points("1, 3", 4).stream().toArray()).containsExactly(0, 2);
        assertThat(Answers.points("all", 3).cardinality()).isEqualTo(3);
        assertThat(Answers.points("", 3).isEmpty()).isTrue();
        assertThatThrownBy(() -> Answers.points("5", 4)).hasMessageContaining("from 1 to 4");
    }

    private static void answerWrongly(PracticeSession s) {
        Question q = s.current();
        switch (q.kind()) {
            case CHOICE -> s.answerChoice((q.correct() + 1) % q.choices().size());
            case NUMERIC -> s.answerNumber(q.number().value().multiply(BigDecimal.valueOf(2)).add(BigDecimal.ONE)); // outside any tolerance
            case OPEN -> {
                s.writeOpen("");
                s.tick(new BitSet());
            }
        }
    }
}
