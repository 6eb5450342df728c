package org.wirewise.ui.lesson;

import java.util.Map;
import java.util.function.Supplier;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.tcp.HeadOfLineSimulator;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.tcp.PortsSimulator;
import org.wirewise.model.tcp.TcpVsUdpSimulator;
import org.wirewise.ui.lesson.tcp.TcpConnectionView;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/** Which view draws which lesson. */
public final class LessonViews {

    private final Map<String, Supplier<LessonView>> factories;

    public LessonViews(Map<String, Supplier<LessonView>> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static LessonViews standard() {
        return new LessonViews(Map.of(HandshakeSimulator.LESSON_ID, TcpHandshakeView::new,
                LifecycleSimulator.LESSON_ID, TcpConnectionView::new,
                FlowControlSimulator.LESSON_ID, TcpConnectionView::new,
                HeadOfLineSimulator.LESSON_ID, TcpConnectionView::new,
                TcpVsUdpSimulator.LESSON_ID, TcpConnectionView::new,
                PortsSimulator.LESSON_ID, TcpConnectionView::new));
    }

    public LessonView create(String lessonId) {
        Supplier<LessonView> factory = factories.get(lessonId);
        if (factory == null) {
            throw new IllegalArgumentException("no view for lesson " + lessonId);
        }
        return factory.get();
    }
}
