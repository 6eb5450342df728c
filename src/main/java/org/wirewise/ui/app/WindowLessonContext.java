package org.wirewise.ui.app;

import java.util.Optional;
import java.util.function.Consumer;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.ui.lesson.LessonContext;

/**
 * The context the window gives the view of one lesson: parameters of that lesson, edited through
 * the same undoable path as the parameter panel of its side (A: {@link MainViewModel#setParameter};
 * B: {@link CompareModel}). A refusal is reported to the user.
 */
final class WindowLessonContext implements LessonContext {

    private final ParameterTarget model;
    private final Lesson<?> lesson;
    private final Consumer<String> problems;
    private final java.util.function.Supplier<java.util.Locale> language;

    WindowLessonContext(MainViewModel model, Lesson<?> lesson, Consumer<String> problems) {
        this(ParameterTarget.of(model), lesson, problems, model.languageProperty()::get);
    }

    /** The context of one side of an A/B comparison: its edits go to that side. */
    WindowLessonContext(ParameterTarget model, Lesson<?> lesson, Consumer<String> problems,
                        java.util.function.Supplier<java.util.Locale> language) {
        this.model = model;
        this.lesson = lesson;
        this.problems = problems;
        this.language = language;
    }

    @Override
    public java.util.Locale language() {
        return language.get();
    }

    @Override
    public Optional<Object> parameter(ParameterSpec spec) {
        LessonSetup setup = model.shown().getValue();
        if (setup == null || !setup.lesson().id().equals(lesson.id()) || !hasParameter(spec)) {
            return Optional.empty();
        }
        return Optional.ofNullable(setup.values().get(spec.key()));
    }

    @Override
    public boolean hasParameter(ParameterSpec spec) {
        return lesson.schema().parameters().contains(spec);
    }

    @Override
    public Optional<String> editParameter(ParameterSpec spec, Object value) {
        if (!hasParameter(spec)) {
            return Optional.of(spec.key() + ": " + lesson.title() + " has no such parameter");
        }
        Optional<String> refused = model.setValue(spec.key(), value);
        refused.ifPresent(problems);
        return refused;
    }

    @Override
    public Optional<String> compareSideBySide(ParameterSpec spec, Object a, Object b) {
        Optional<String> refused = hasParameter(spec) ? model.compare(spec.key(), a, b)
                : Optional.of(spec.key() + ": " + lesson.title() + " has no such parameter");
        refused.ifPresent(problems);
        return refused;
    }
}
