package org.wirewise.practice;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How one question went: which of its points were covered (a right choice or number covers all
 * of them, a wrong one none; an open answer covers those the learner ticked).
 *
 * @param question the question as it was asked
 * @param covered  indexes of its points covered
 * @param right    a choice or number was right; an open answer covered every point
 * @param answered false when the time ran out before an answer
 */
public record Outcome(Question question, BitSet covered, boolean right, boolean answered) {

    public Outcome {
        covered = (BitSet) covered.clone();
    }

    @Override
    public BitSet covered() {
        return (BitSet) covered.clone();
    }

    /** The share of the question earned, 0 to 1: right or wrong for choice and numeric, points ticked for open. */
    public double score() {
        if (question.kind() != Question.Kind.OPEN || question.points().isEmpty()) {
            return right ? 1 : 0;
        }
        return (double) covered.cardinality() / question.points().size();
    }

    /** The points not covered: what to revisit. */
    public List<String> missed() {
        return IntStream.range(0, question.points().size()).filter(i -> !covered.get(i))
                .mapToObj(i -> question.points().get(i)).toList();
    }

    static Outcome choiceOrNumber(Question q, boolean right) {
        BitSet covered = new BitSet();
        if (right) {
            covered.set(0, q.points().size());
        }
        return new Outcome(q, covered, right, true);
    }

    static Outcome open(Question q, BitSet covered) {
        BitSet within = covered.get(0, q.points().size());
        return new Outcome(q, within, within.cardinality() == q.points().size(), true);
    }

    static Outcome unanswered(Question q) {
        return new Outcome(q, new BitSet(), false, false);
    }
}
