package org.wirewise.lesson;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wirewise.lesson.addr.CidrLesson;
import org.wirewise.lesson.congestion.CongestionLesson;
import org.wirewise.lesson.addr.IpAddressesLesson;
import org.wirewise.lesson.addr.VpcPlannerLesson;
import org.wirewise.lesson.nat.NatBehaviourLesson;
import org.wirewise.lesson.nat.NatExhaustionLesson;
import org.wirewise.lesson.nat.NatTableLesson;
import org.wirewise.lesson.nat.NatTraversalLesson;
import org.wirewise.lesson.stack.EncapsulationLesson;
import org.wirewise.lesson.stack.LoadBalancersLesson;
import org.wirewise.lesson.stack.OsiModelLesson;
import org.wirewise.lesson.stack.WhichLayerLesson;
import org.wirewise.lesson.tcp.HeadOfLineLesson;
import org.wirewise.lesson.tcp.PortsSocketsLesson;
import org.wirewise.lesson.tcp.TcpFlowControlLesson;
import org.wirewise.lesson.tcp.TcpHandshakeLesson;
import org.wirewise.lesson.tcp.TcpLifecycleLesson;
import org.wirewise.lesson.tcp.TcpVsUdpLesson;
import org.wirewise.lesson.tcp.TcpLifecycleLesson;
import org.wirewise.lesson.tcp.TcpVsUdpLesson;

/** The lessons that exist, in teaching order. An ordinary object, passed to whoever needs it. */
public final class LessonCatalog {

    private final List<Lesson<?>> lessons;

    public LessonCatalog(List<Lesson<?>> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** Every lesson Wirewise ships; the first is the one a new user sees. One per line. */
    public static LessonCatalog standard() {
        return new LessonCatalog(List.of(
                new TcpHandshakeLesson(),
                new OsiModelLesson(),
                new EncapsulationLesson(),
                new LoadBalancersLesson(),
                new WhichLayerLesson(),
                new IpAddressesLesson(),
                new CidrLesson(),
                new VpcPlannerLesson(),
                new TcpLifecycleLesson(),
                new TcpFlowControlLesson(),
                new HeadOfLineLesson(),
                new TcpVsUdpLesson(),
                new PortsSocketsLesson(),
                new CongestionLesson(),
                new NatTableLesson(),
                new NatBehaviourLesson(),
                new NatExhaustionLesson(),
                new NatTraversalLesson()));
    }

    public List<Lesson<?>> all() {
        return lessons;
    }

    public Optional<Lesson<?>> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Lesson<?> require(String id) throws UnknownLessonException {
        return find(id).orElseThrow(() -> new UnknownLessonException(id, ids()));
    }

    public String ids() {
        return lessons.stream().map(Lesson::id).collect(Collectors.joining(", "));
    }
}
