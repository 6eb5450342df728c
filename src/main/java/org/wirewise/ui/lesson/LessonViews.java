package org.wirewise.ui.lesson;

import java.util.Map;
import java.util.function.Supplier;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.stack.LoadBalancerSimulator;
import org.wirewise.model.stack.OsiSimulator;
import org.wirewise.model.stack.WhichLayerQuiz;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.ui.lesson.stack.EncapsulationView;
import org.wirewise.ui.lesson.stack.LoadBalancerView;
import org.wirewise.ui.lesson.stack.OsiModelView;
import org.wirewise.ui.lesson.stack.QuizView;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/** Which view draws which lesson. */
public final class LessonViews {

    private final Map<String, Supplier<LessonView>> factories;

    public LessonViews(Map<String, Supplier<LessonView>> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static LessonViews standard() {
        return new LessonViews(Map.of(HandshakeSimulator.LESSON_ID, TcpHandshakeView::new,
                OsiSimulator.LESSON_ID, OsiModelView::new,
                EncapsulationSimulator.LESSON_ID, EncapsulationView::new,
                LoadBalancerSimulator.LESSON_ID, LoadBalancerView::new,
                WhichLayerQuiz.LESSON_ID, QuizView::new));
    }

    public LessonView create(String lessonId) {
        Supplier<LessonView> factory = factories.get(lessonId);
        if (factory == null) {
            throw new IllegalArgumentException("no view for lesson " + lessonId);
        }
        return factory.get();
    }
}
