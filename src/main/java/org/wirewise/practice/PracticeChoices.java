package org.wirewise.practice;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioException;

/**
 * What a learner may choose when starting practice, as {@link ParameterSpec}s, so the command line
 * and the window refuse the same mistakes with the same message: the chapter (or mixed) and how
 * many questions.
 */
public final class PracticeChoices {

    /** The mock interview's shape: five questions, five minutes each. */
    public static final int MOCK_QUESTIONS = 5;
    public static final int MOCK_MINUTES = 25;

    private PracticeChoices() {
    }

    /** The chapters that have questions, by their slugs, then "mixed". */
    public static ParameterSpec chapter(QuestionBank bank) {
        List<String> choices = new ArrayList<>(bank.chapters().stream().map(ChapterNames::slug).toList());
        choices.add(ChapterNames.MIXED);
        return ParameterSpec.choice("chapter", "Chapter", choices, "The chapter to practise, or mixed for all of them");
    }

    /** The chapter a checked slug names; null for mixed. */
    public static Chapter chapterOf(QuestionBank bank, String typed) throws ScenarioException {
        String slug = (String) chapter(bank).parse(typed);
        return slug.equals(ChapterNames.MIXED) ? null : ChapterNames.parse(slug).orElseThrow();
    }

    /** From one question to as many as the chapter (null: every chapter) has. */
    public static ParameterSpec count(QuestionBank bank, Chapter chapter) {
        return ParameterSpec.integer("count", "Questions", "", 1, bank.of(chapter).size(),
                "How many questions to ask");
    }
}
