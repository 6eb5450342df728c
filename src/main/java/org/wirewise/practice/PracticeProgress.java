package org.wirewise.practice;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.wirewise.lesson.Chapter;

/**
 * What the learner has practised, per chapter, and how each question last went. Immutable:
 * recording an outcome gives a new progress.
 */
public final class PracticeProgress {

    /**
     * One chapter's tally.
     *
     * @param answered questions answered
     * @param score    points earned, each question counting 1
     */
    public record Tally(int answered, double score) {
        public static final Tally NONE = new Tally(0, 0);

        public Tally {
            if (answered < 0 || score < 0 || score > answered || !Double.isFinite(score)) {
                throw new IllegalArgumentException("a tally of " + score + " from " + answered + " answers");
            }
        }

        public int percent() {
            return answered == 0 ? 0 : (int) Math.round(100 * score / answered);
        }
    }

    public static final PracticeProgress EMPTY = new PracticeProgress(Map.of(), Map.of());

    private final Map<Chapter, Tally> chapters;
    private final Map<String, Double> lastScores;

    PracticeProgress(Map<Chapter, Tally> chapters, Map<String, Double> lastScores) {
        Map<Chapter, Tally> copy = new EnumMap<>(Chapter.class);
        copy.putAll(chapters);
        this.chapters = java.util.Collections.unmodifiableMap(copy);
        this.lastScores = java.util.Collections.unmodifiableMap(new TreeMap<>(lastScores));
    }

    public Tally of(Chapter chapter) {
        return chapters.getOrDefault(chapter, Tally.NONE);
    }

    /** Chapters practised, in teaching order. */
    public Map<Chapter, Tally> chapters() {
        return chapters;
    }

    /** The last score (0 to 1) of each question answered, by id. */
    public Map<String, Double> lastScores() {
        return lastScores;
    }

    /** This progress with one more outcome; a question not answered in time is not recorded. */
    public PracticeProgress with(Outcome outcome) {
        if (!outcome.answered()) {
            return this;
        }
        Question q = outcome.question();
        Tally t = of(q.chapter());
        Map<Chapter, Tally> chapters = new EnumMap<>(Chapter.class);
        chapters.putAll(this.chapters);
        chapters.put(q.chapter(), new Tally(t.answered() + 1, t.score() + outcome.score()));
        Map<String, Double> scores = new TreeMap<>(lastScores);
        scores.put(q.id(), outcome.score());
        return new PracticeProgress(chapters, scores);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PracticeProgress p && p.chapters.equals(chapters) && p.lastScores.equals(lastScores);
    }

    @Override
    public int hashCode() {
        return chapters.hashCode() * 31 + lastScores.hashCode();
    }
}
