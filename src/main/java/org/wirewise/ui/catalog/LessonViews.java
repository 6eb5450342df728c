package org.wirewise.ui.catalog;

import java.util.Map;
import java.util.function.Function;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.LessonView;

/** Which view draws which lesson; built by {@link LessonRegistry}. */
public final class LessonViews {

    private final Map<String, Function<LessonContext, LessonView>> factories;

    LessonViews(Map<String, Function<LessonContext, LessonView>> factories) {
        this.factories = Map.copyOf(factories);
    }

    /** The lessons that have a view. */
    public java.util.Set<String> lessonIds() {
        return factories.keySet();
    }

    /** The view of a lesson, given what it may ask of the window that shows it. */
    public LessonView create(String lessonId, LessonContext context) {
        Function<LessonContext, LessonView> factory = factories.get(lessonId);
        if (factory == null) {
            throw new IllegalArgumentException("no view for lesson " + lessonId);
        }
        return factory.apply(context);
    }
}
