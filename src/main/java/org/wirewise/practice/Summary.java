package org.wirewise.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * The end of a session: how many questions went right, the share of points covered, and each gap
 * (a point missed) with the lessons that show it.
 *
 * @param asked    questions in the session
 * @param answered questions answered before the end
 * @param right    answers fully right
 * @param score    points earned, each question counting 1 (an open one by the share ticked)
 * @param covered  what was covered, question by question (questions with nothing covered left out)
 * @param gaps     what to revisit, question by question
 */
public record Summary(int asked, int answered, int right, double score, List<Covered> covered, List<Gap> gaps) {

    /**
     * The points of one question that were covered.
     *
     * @param question the question
     * @param points   its points covered (all of them for a right choice or number)
     */
    public record Covered(Question question, List<String> points) {
        public Covered {
            points = List.copyOf(points);
        }
    }

    /**
     * The points of one question that were not covered.
     *
     * @param question the question
     * @param missed   its points not covered (all of them for a wrong choice or number)
     * @param seeIt    where the lessons show them
     */
    public record Gap(Question question, List<String> missed, List<SeeIt> seeIt) {
        public Gap {
            missed = List.copyOf(missed);
            seeIt = List.copyOf(seeIt);
        }
    }

    public Summary {
        covered = List.copyOf(covered);
        gaps = List.copyOf(gaps);
    }

    static Summary of(List<Outcome> outcomes, int asked) {
        int answered = 0;
        int right = 0;
        double score = 0;
        List<Gap> gaps = new ArrayList<>();
        List<Covered> covered = new ArrayList<>();
        for (Outcome o : outcomes) {
            List<String> points = o.question().points().stream().filter(p -> !o.missed().contains(p)).toList();
            if (!points.isEmpty()) {
                covered.add(new Covered(o.question(), points));
            }
            answered += o.answered() ? 1 : 0;
            right += o.right() ? 1 : 0;
            score += o.score();
            if (!o.right()) {
                gaps.add(new Gap(o.question(), o.missed(), o.question().seeIt()));
            }
        }
        return new Summary(asked, answered, right, score, covered, gaps);
    }

    /** The score as a whole percentage of the questions asked. */
    public int percent() {
        return (int) Math.round(100 * score / asked);
    }
}
