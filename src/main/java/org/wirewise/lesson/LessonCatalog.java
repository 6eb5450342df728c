package org.wirewise.lesson;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lessons that exist, in teaching order. An ordinary object, passed to whoever needs it; the
 * app's is built where each lesson is registered with its view ({@code ui.lesson.LessonRegistry}).
 */
public final class LessonCatalog {

    private final List<Lesson<?>> lessons;

    public LessonCatalog(List<Lesson<?>> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    public List<Lesson<?>> all() {
        return lessons;
    }

    public Optional<Lesson<?>> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Lesson<?> require(String id) throws UnknownLessonException {
        return find(id).orElseThrow(() -> new UnknownLessonException(id, lessons.stream().map(Lesson::id).toList()));
    }

    public String ids() {
        return lessons.stream().map(Lesson::id).collect(Collectors.joining(", "));
    }
}
