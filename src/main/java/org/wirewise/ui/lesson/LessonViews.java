package org.wirewise.ui.lesson;

import static java.util.Map.entry;

import java.util.Map;
import java.util.function.Supplier;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.addr.CidrExplainer;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.nat.NatBehaviourSimulator;
import org.wirewise.model.nat.NatExhaustionSimulator;
import org.wirewise.model.nat.NatTableSimulator;
import org.wirewise.model.nat.NatTraversalSimulator;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.stack.LoadBalancerSimulator;
import org.wirewise.model.stack.OsiSimulator;
import org.wirewise.model.stack.WhichLayerQuiz;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.tcp.HeadOfLineSimulator;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.tcp.PortsSimulator;
import org.wirewise.model.tcp.TcpVsUdpSimulator;
import org.wirewise.ui.lesson.addr.CidrView;
import org.wirewise.ui.lesson.addr.IpAddressesView;
import org.wirewise.ui.lesson.addr.VpcPlannerView;
import org.wirewise.ui.lesson.congestion.CongestionView;
import org.wirewise.ui.lesson.nat.NatLessonView;
import org.wirewise.ui.lesson.stack.EncapsulationView;
import org.wirewise.ui.lesson.stack.LoadBalancerView;
import org.wirewise.ui.lesson.stack.OsiModelView;
import org.wirewise.ui.lesson.stack.QuizView;
import org.wirewise.ui.lesson.tcp.TcpConnectionView;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;

/** Which view draws which lesson. */
public final class LessonViews {

    private final Map<String, Supplier<LessonView>> factories;

    public LessonViews(Map<String, Supplier<LessonView>> factories) {
        this.factories = Map.copyOf(factories);
    }

    /** One entry per line. */
    public static LessonViews standard() {
        return new LessonViews(Map.ofEntries(
                entry(HandshakeSimulator.LESSON_ID, TcpHandshakeView::new),
                entry(OsiSimulator.LESSON_ID, OsiModelView::new),
                entry(EncapsulationSimulator.LESSON_ID, EncapsulationView::new),
                entry(LoadBalancerSimulator.LESSON_ID, LoadBalancerView::new),
                entry(WhichLayerQuiz.LESSON_ID, QuizView::new),
                entry(AddressExplainer.LESSON_ID, IpAddressesView::new),
                entry(CidrExplainer.LESSON_ID, CidrView::new),
                entry(VpcExplainer.LESSON_ID, VpcPlannerView::new),
                entry(LifecycleSimulator.LESSON_ID, TcpConnectionView::new),
                entry(FlowControlSimulator.LESSON_ID, TcpConnectionView::new),
                entry(HeadOfLineSimulator.LESSON_ID, TcpConnectionView::new),
                entry(TcpVsUdpSimulator.LESSON_ID, TcpConnectionView::new),
                entry(PortsSimulator.LESSON_ID, TcpConnectionView::new),
                entry(CongestionSimulator.LESSON_ID, CongestionView::new),
                entry(NatTableSimulator.LESSON_ID, NatLessonView::new),
                entry(NatBehaviourSimulator.LESSON_ID, NatLessonView::new),
                entry(NatExhaustionSimulator.LESSON_ID, NatLessonView::new),
                entry(NatTraversalSimulator.LESSON_ID, NatLessonView::new)));
    }

    public LessonView create(String lessonId) {
        Supplier<LessonView> factory = factories.get(lessonId);
        if (factory == null) {
            throw new IllegalArgumentException("no view for lesson " + lessonId);
        }
        return factory.get();
    }
}
