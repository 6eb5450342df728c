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

    /**
     * A link's caption says what its step shows, so a step that moves (a model change that adds or
     * removes steps) is caught: some word of the caption (four letters or more, not a common word; its
     * first five letters) must appear in the step's title or narration.
     */
    @Test
    void everyCaptionNamesSomethingItsStepShows() throws Exception {
        Map<LessonSetup, org.wirewise.model.trace.Trace> traces = new HashMap<>();
        java.util.Set<String> common = java.util.Set.of("with", "from", "that", "this", "their", "each", "what",
                "when", "over", "same", "once", "after", "before", "into", "only", "than", "then", "they", "does");
        List<String> off = new ArrayList<>();
        for (Question template : BANK.all()) {
            Question q = template.template() ? QuestionBank.generated(template, 1) : template;
            for (SeeIt link : q.seeIt()) {
                LessonSetup setup = link.setup(CATALOG);
                org.wirewise.model.trace.Trace trace = traces.computeIfAbsent(setup, LessonSetup::simulate);
                var step = trace.step(Math.min(link.step(), trace.stepCount()) - 1);
                String shown = (step.title() + " " + step.narration()).toLowerCase(java.util.Locale.ROOT);
                boolean named = java.util.Arrays.stream(link.caption().toLowerCase(java.util.Locale.ROOT)
                                .split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> w.length() >= 4 && !common.contains(w))
                        .map(w -> w.substring(0, Math.min(w.length(), 5))) // "aggregating" names "aggregate"
                        .anyMatch(shown::contains);
                if (!named) {
                    off.add(q.id() + " → " + link.address() + " \"" + link.caption() + "\" vs step \""
                            + step.title() + "\"");
                }
            }
        }
        assertThat(off).as("captions that name nothing their step shows").isEmpty();
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
