package org.wirewise.practice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wirewise.lesson.Chapter;

/**
 * One interview question with its model answer. A numeric question in the bank is a template
 * ({@code generator} names the model code that computes it, {@code number} is null); drawing it
 * with a seed fills its {@code {placeholders}} and its answer.
 *
 * @param id        stable id ("tcp-three-messages"), also the key of its progress
 * @param chapter   the chapter whose lessons it belongs to
 * @param kind      choice, numeric or open
 * @param prompt    the question as asked
 * @param choices   the options of a choice question, in order; empty otherwise
 * @param correct   index of the right option of a choice question; -1 otherwise
 * @param generator the numeric generator's name; empty for other kinds
 * @param number    the numeric answer once generated; null otherwise
 * @param answer    the model answer, in the project's words
 * @param points    the answer's key points: the checklist an open answer is ticked against
 * @param mistakes  common mistakes
 * @param seeIt     lesson steps that show the points
 */
public record Question(String id, Chapter chapter, Kind kind, String prompt, List<String> choices, int correct,
                       String generator, Number number, String answer, List<String> points, List<String> mistakes,
                       List<SeeIt> seeIt) {

    /** How a question is answered and checked. */
    public enum Kind {
        /** Pick one option; checked at once. */
        CHOICE,
        /** Type a number; checked at once against the model's value. */
        NUMERIC,
        /** Say it in your own words, then tick the points of the model answer you covered. */
        OPEN
    }

    /**
     * A numeric answer: what the model computes, how far a typed answer may be from it, and its unit.
     *
     * @param value     the model's value
     * @param tolerance the largest accepted difference
     * @param unit      the unit the learner answers in ("addresses", "bytes")
     */
    public record Number(BigDecimal value, BigDecimal tolerance, String unit) {
        public Number {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(tolerance, "tolerance");
            Objects.requireNonNull(unit, "unit");
        }

        public boolean accepts(BigDecimal typed) {
            return typed.subtract(value).abs().compareTo(tolerance) <= 0;
        }
    }

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(answer, "answer");
        choices = List.copyOf(choices);
        points = List.copyOf(points);
        mistakes = List.copyOf(mistakes);
        seeIt = List.copyOf(seeIt);
        if ((kind == Kind.CHOICE) != (correct >= 0 && correct < choices.size())) {
            throw new IllegalArgumentException(id + ": a choice question, and only one, has a right option");
        }
        if ((kind == Kind.NUMERIC) == generator.isEmpty()) {
            throw new IllegalArgumentException(id + ": a numeric question, and only one, names a generator");
        }
    }

    /** A numeric question whose values are still to be drawn. */
    public boolean template() {
        return kind == Kind.NUMERIC && number == null;
    }

    /** This template with its values drawn: placeholders filled, the model's answer set. */
    Question generated(Map<String, String> values, Number value) {
        return new Question(id, chapter, kind, Placeholders.fill(prompt, values), choices, correct, generator, value,
                Placeholders.fill(answer, values), points.stream().map(p -> Placeholders.fill(p, values)).toList(),
                mistakes.stream().map(m -> Placeholders.fill(m, values)).toList(),
                seeIt.stream().map(s -> s.fill(values)).toList());
    }
}
