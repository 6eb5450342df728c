package org.wirewise.ui.lesson;

import java.util.Map;
import java.util.function.Supplier;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.addr.CidrExplainer;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.ui.lesson.addr.CidrView;
import org.wirewise.ui.lesson.addr.IpAddressesView;
import org.wirewise.ui.lesson.addr.VpcPlannerView;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/** Which view draws which lesson. */
public final class LessonViews {

    private final Map<String, Supplier<LessonView>> factories;

    public LessonViews(Map<String, Supplier<LessonView>> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static LessonViews standard() {
        return new LessonViews(Map.of(HandshakeSimulator.LESSON_ID, TcpHandshakeView::new,
                AddressExplainer.LESSON_ID, IpAddressesView::new, CidrExplainer.LESSON_ID, CidrView::new,
                VpcExplainer.LESSON_ID, VpcPlannerView::new));
    }

    public LessonView create(String lessonId) {
        Supplier<LessonView> factory = factories.get(lessonId);
        if (factory == null) {
            throw new IllegalArgumentException("no view for lesson " + lessonId);
        }
        return factory.get();
    }
}
