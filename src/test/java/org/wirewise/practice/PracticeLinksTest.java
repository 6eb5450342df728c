package org.wirewise.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * Every "see it" link of every question opens a lesson step that exists, with the parameters it
 * names (numeric questions drawn with several seeds, since their links carry drawn values), and
 * every chapter that has lessons has questions. A lesson change that breaks a link fails here.
 */
class PracticeLinksTest {

    private static final LessonCatalog CATALOG = LessonRegistry.standard().catalog();
    private static final QuestionBank BANK = QuestionBank.standard();

    @Test
    void everyLinkOpensAStepThatExists() throws Exception {
        Map<LessonSetup, Integer> steps = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Question template : BANK.all()) {
            for (long seed : template.template() ? new long[] {1, 2, 3, 4, 5, 6, 7, 8} : new long[] {1}) {
                Question q = QuestionBank.generated(template, seed);
                for (SeeIt link : q.seeIt()) {
                    LessonSetup setup;
                    try {
                        setup = link.setup(CATALOG);
                    } catch (Exception e) {
                        broken.add(q.id() + " → " + link.address() + ": " + e.getMessage());
                        continue;
                    }
                    int count = steps.computeIfAbsent(setup, s -> s.simulate().stepCount());
                    if (link.step() > count) {
                        broken.add(q.id() + " → " + link.address() + ": the trace has " + count + " steps");
                    }
                    checked++;
                }
            }
        }
        assertThat(broken).as("links that open no step").isEmpty();
        assertThat(checked).isGreaterThan(BANK.all().size());
    }

    @Test
    void everyChapterWithLessonsHasADozenQuestionsOfSeveralKinds() {
        for (Chapter chapter : CATALOG.all().stream().map(Lesson::chapter).distinct().toList()) {
            List<Question> questions = BANK.of(chapter);
            assertThat(questions).as(chapter.displayName()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(questions.stream().map(Question::kind).distinct().count()).as(chapter.displayName())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyQuestionHasAnAnswerPointsAndALink() {
        for (Question q : BANK.all()) {
            assertThat(q.answer()).as(q.id()).hasSizeGreaterThan(80);
            assertThat(q.points()).as(q.id()).isNotEmpty();
            assertThat(q.mistakes()).as(q.id()).isNotEmpty();
            assertThat(q.seeIt()).as(q.id()).isNotEmpty();
        }
    }
}
