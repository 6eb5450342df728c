package org.wirewise.practice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A run through a set of questions, in practice mode (no time limit) or as a mock interview (a
 * time limit, counted down by {@link #advance(long)}, never by reading a clock). Choice and
 * numeric answers are checked at once; an open answer is written first, then its checklist is
 * revealed and the learner says which points they covered. Plain Java: the window and the
 * command line both drive it.
 */
public final class PracticeSession {

    /** Where the current question stands. */
    public enum Stage {
        /** Waiting for an answer. */
        ASKING,
        /** An open answer was written: the checklist is shown, waiting for the points covered. */
        CHECKLIST,
        /** Answered: the verdict, model answer and links are shown. */
        ANSWERED,
        /** Every question answered, or the time is up. */
        FINISHED
    }

    private final List<Question> questions;
    private final long timeLimitNanos;
    private final List<Outcome> outcomes = new ArrayList<>();
    private long elapsedNanos;
    private int index;
    private Stage stage = Stage.ASKING;
    private String written = "";

    /** @param timeLimitNanos the mock interview's time; 0 for practice without a limit */
    public PracticeSession(List<Question> questions, long timeLimitNanos) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one question");
        }
        if (timeLimitNanos < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative");
        }
        this.questions = List.copyOf(questions);
        this.timeLimitNanos = timeLimitNanos;
    }

    public List<Question> questions() {
        return questions;
    }

    /** The question being asked (the last one once finished). */
    public Question current() {
        return questions.get(Math.min(index, questions.size() - 1));
    }

    /** The current question's position, from 0. */
    public int index() {
        return Math.min(index, questions.size() - 1);
    }

    public Stage stage() {
        return stage;
    }

    public boolean timed() {
        return timeLimitNanos > 0;
    }

    /** Time left in a mock interview, in nanoseconds; 0 without a limit. */
    public long remainingNanos() {
        return timed() ? Math.max(0, timeLimitNanos - elapsedNanos) : 0;
    }

    /** What the learner wrote for the current open question. */
    public String written() {
        return written;
    }

    /** How each answered question went, in order; once finished, one for every question. */
    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The outcome of the question just answered, when the stage is ANSWERED. */
    public Outcome lastOutcome() {
        return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
    }

    /**
     * Lets {@code nanos} of time pass. In a mock interview, reaching the limit finishes the session:
     * the questions not yet answered count as not covered. Returns true when that just happened.
     */
    public boolean advance(long nanos) {
        if (!timed() || stage == Stage.FINISHED || nanos <= 0) {
            return false;
        }
        elapsedNanos = Math.min(timeLimitNanos, elapsedNanos + nanos);
        if (elapsedNanos < timeLimitNanos) {
            return false;
        }
        if (stage == Stage.CHECKLIST) {
            outcomes.add(Outcome.unanswered(current()));
            index++;
        } else if (stage == Stage.ANSWERED) {
            index++;
        }
        for (int i = index; i < questions.size(); i++) {
            outcomes.add(Outcome.unanswered(questions.get(i)));
        }
        index = questions.size();
        stage = Stage.FINISHED;
        return true;
    }

    public Outcome answerChoice(int option) {
        require(Question.Kind.CHOICE, Stage.ASKING);
        if (option < 0 || option >= current().choices().size()) {
            throw new IllegalArgumentException("no option " + option);
        }
        return answered(Outcome.choiceOrNumber(current(), option == current().correct()));
    }

    public Outcome answerNumber(BigDecimal value) {
        require(Question.Kind.NUMERIC, Stage.ASKING);
        return answered(Outcome.choiceOrNumber(current(), current().number().accepts(value)));
    }

    /** Keeps what the learner wrote and reveals the checklist. */
    public void writeOpen(String text) {
        require(Question.Kind.OPEN, Stage.ASKING);
        written = text == null ? "" : text;
        stage = Stage.CHECKLIST;
    }

    /** The points of the checklist the learner says they covered. */
    public Outcome tick(BitSet covered) {
        require(Question.Kind.OPEN, Stage.CHECKLIST);
        return answered(Outcome.open(current(), covered));
    }

    /** On to the next question, or to the end. */
    public void next() {
        if (stage != Stage.ANSWERED) {
            throw new IllegalStateException("answer the question first (stage " + stage + ")");
        }
        index++;
        written = "";
        stage = index >= questions.size() ? Stage.FINISHED : Stage.ASKING;
    }

    /** What was covered and what to revisit; meaningful once finished, a running tally before. */
    public Summary summary() {
        return Summary.of(outcomes, questions.size());
    }

    private Outcome answered(Outcome outcome) {
        outcomes.add(outcome);
        stage = Stage.ANSWERED;
        return outcome;
    }

    private void require(Question.Kind kind, Stage expected) {
        if (stage != expected || current().kind() != kind) {
            throw new IllegalStateException("the current question is " + current().kind() + " at " + stage);
        }
    }
}
