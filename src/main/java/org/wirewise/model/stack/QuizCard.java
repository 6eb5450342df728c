package org.wirewise.model.stack;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.wirewise.model.trace.Fact;

/**
 * A quiz question as a step shows it: the question, its choices and, on the answer step, which
 * choice is right and the field of the answer's frame that proves it.
 *
 * @param answer        the right choice's index, empty while the question is open
 * @param evidenceField the dissector field to select in the step's frame, or "" for none
 */
public record QuizCard(String question, List<String> choices, OptionalInt answer, String evidenceField)
        implements Fact {

    public QuizCard {
        Objects.requireNonNull(question, "question");
        choices = List.copyOf(choices);
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(evidenceField, "evidenceField");
    }

    public boolean revealed() {
        return answer.isPresent();
    }
}
