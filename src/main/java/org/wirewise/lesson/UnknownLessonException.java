package org.wirewise.lesson;

/** A lesson id that no lesson has; the message lists the ones there are. */
public final class UnknownLessonException extends Exception {

    public UnknownLessonException(String id, String known) {
        super("unknown lesson " + org.wirewise.scenario.Excerpt.quoted(id) + "; lessons: " + known);
    }
}
