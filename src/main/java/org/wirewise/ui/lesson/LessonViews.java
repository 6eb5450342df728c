package org.wirewise.ui.lesson;

import java.util.Map;
import java.util.function.Supplier;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/** Which view draws which lesson. */
public final class LessonViews {

    private final Map<String, Supplier<LessonView>> factories;

    public LessonViews(Map<String, Supplier<LessonView>> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static LessonViews standard() {
        return new LessonViews(Map.of(HandshakeSimulator.LESSON_ID, TcpHandshakeView::new,
                org.wirewise.model.congestion.CongestionSimulator.LESSON_ID,
                org.wirewise.ui.lesson.congestion.CongestionView::new));
    }

    public LessonView create(String lessonId) {
        Supplier<LessonView> factory = factories.get(lessonId);
        if (factory == null) {
            throw new IllegalArgumentException("no view for lesson " + lessonId);
        }
        return factory.get();
    }
}
