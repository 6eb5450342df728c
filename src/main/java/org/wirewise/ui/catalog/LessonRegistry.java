package org.wirewise.ui.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.addr.CidrLesson;
import org.wirewise.lesson.addr.IpAddressesLesson;
import org.wirewise.lesson.addr.VpcPlannerLesson;
import org.wirewise.lesson.congestion.CongestionLesson;
import org.wirewise.lesson.latency.BandwidthThroughputLesson;
import org.wirewise.lesson.latency.BdpLesson;
import org.wirewise.lesson.latency.LatencyBudgetLesson;
import org.wirewise.lesson.latency.LatencyComponentsLesson;
import org.wirewise.lesson.latency.LatencyMapLesson;
import org.wirewise.lesson.latency.LatencyNumbersLesson;
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
import org.wirewise.lesson.tls.CertificateChainLesson;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.addr.CidrView;
import org.wirewise.ui.lesson.addr.IpAddressesView;
import org.wirewise.ui.lesson.addr.VpcPlannerView;
import org.wirewise.ui.lesson.congestion.CongestionView;
import org.wirewise.ui.lesson.latency.BandwidthThroughputView;
import org.wirewise.ui.lesson.latency.BdpView;
import org.wirewise.ui.lesson.latency.BudgetView;
import org.wirewise.ui.lesson.latency.LatencyComponentsView;
import org.wirewise.ui.lesson.latency.LatencyScaleView;
import org.wirewise.ui.lesson.latency.WorldMapView;
import org.wirewise.ui.lesson.nat.NatLessonView;
import org.wirewise.ui.lesson.stack.EncapsulationView;
import org.wirewise.ui.lesson.stack.LoadBalancerView;
import org.wirewise.ui.lesson.stack.OsiModelView;
import org.wirewise.ui.lesson.stack.QuizView;
import org.wirewise.ui.lesson.tcp.TcpConnectionView;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;
import org.wirewise.ui.lesson.tls.CertificateChainView;

/**
 * The one place a lesson is registered: the lesson and the view that draws it, on one line, in
 * teaching order (the first is the one a new user sees). The command line takes the catalog from
 * here; the window takes both. The factories are lambdas so that building the catalog loads no
 * view class (the command line never draws).
 */
public final class LessonRegistry {

    private final List<Lesson<?>> lessons = new ArrayList<>();
    private final Map<String, Function<LessonContext, LessonView>> views = new LinkedHashMap<>();

    /** Every lesson Wirewise ships, with its view. One per line. */
    public static LessonRegistry standard() {
        return new LessonRegistry()
                .add(new TcpHandshakeLesson(), c -> new TcpHandshakeView(c.language()))
                .add(new OsiModelLesson(), c -> new OsiModelView(c.language()))
                .add(new EncapsulationLesson(), c -> new EncapsulationView(c.language()))
                .add(new LoadBalancersLesson(), c -> new LoadBalancerView(c.language()))
                .add(new WhichLayerLesson(), c -> new QuizView(c.language()))
                .add(new IpAddressesLesson(), c -> new IpAddressesView(c.language()))
                .add(new CidrLesson(), c -> new CidrView(c.language()))
                .add(new VpcPlannerLesson(), c -> new VpcPlannerView(c.language()))
                .add(new TcpLifecycleLesson(), c -> new TcpConnectionView(c))
                .add(new TcpFlowControlLesson(), c -> new TcpConnectionView(c))
                .add(new HeadOfLineLesson(), c -> new TcpConnectionView(c))
                .add(new TcpVsUdpLesson(), c -> new TcpConnectionView(c))
                .add(new PortsSocketsLesson(), c -> new TcpConnectionView(c))
                .add(new CongestionLesson(), CongestionView::new)
                .add(new LatencyComponentsLesson(), LatencyComponentsView::new)
                .add(new LatencyMapLesson(), c -> new WorldMapView(c))
                .add(new LatencyNumbersLesson(), c -> new LatencyScaleView(c))
                .add(new BandwidthThroughputLesson(), BandwidthThroughputView::new)
                .add(new BdpLesson(), c -> new BdpView(c.language()))
                .add(new LatencyBudgetLesson(), BudgetView::new)
                .add(new NatTableLesson(), NatLessonView::new)
                .add(new NatBehaviourLesson(), NatLessonView::new)
                .add(new NatExhaustionLesson(), NatLessonView::new)
                .add(new NatTraversalLesson(), NatLessonView::new)
                .add(new org.wirewise.lesson.tls.TlsHandshakeLesson(), c -> new org.wirewise.ui.lesson.tls.TlsHandshakeView(c.language()))
                .add(new CertificateChainLesson(), c -> new CertificateChainView(c.language()))
                .add(new org.wirewise.lesson.tls.TlsResumptionLesson(), c -> new org.wirewise.ui.lesson.tls.TlsHandshakeView(c.language()))
                .add(new org.wirewise.lesson.http.HttpBasicsLesson(), c -> new org.wirewise.ui.lesson.http.HttpExchangeView(org.wirewise.model.http.HttpBasicsSimulator.TABLES, c.language()))
                .add(new org.wirewise.lesson.http.KeepAlivePoolingLesson(), c -> new org.wirewise.ui.lesson.http.HttpExchangeView(org.wirewise.model.http.KeepAliveSimulator.TABLES, org.wirewise.model.http.KeepAliveSimulator.POOL_SERIES, org.wirewise.model.http.KeepAliveSimulator.POOL, c.language()))
                .add(new org.wirewise.lesson.tls.MtlsLesson(), c -> new org.wirewise.ui.lesson.tls.MtlsView(c.language()))
                .add(new org.wirewise.lesson.https.HttpsWhyLesson(), c -> new org.wirewise.ui.lesson.tls.HttpsWhyView(c.language()))
                .add(new org.wirewise.lesson.dns.DnsResolutionLesson(), c -> new org.wirewise.ui.lesson.dns.DnsResolutionView(c.language()))
                .add(new org.wirewise.lesson.dns.DnsAttacksLesson(), c -> new org.wirewise.ui.lesson.dns.DnsAttacksView(c.language()))
                .add(new org.wirewise.lesson.http.Http2Lesson(), c -> new org.wirewise.ui.lesson.http.Http2View(c.language()))
                .add(new org.wirewise.lesson.http.QuicLesson(), c -> new org.wirewise.ui.lesson.http.QuicView(c.language()))
                .add(new org.wirewise.lesson.http.HolLabLesson(), c -> new org.wirewise.ui.lesson.http.HolLabView(c.language()))
                .add(new org.wirewise.lesson.dns.DnssecLesson(), c -> new org.wirewise.ui.lesson.dns.DnssecView(c.language()))
                .add(new org.wirewise.lesson.dns.EncryptedDnsLesson(), c -> new org.wirewise.ui.lesson.dns.EncryptedDnsView(c.language()))
                .add(new org.wirewise.lesson.realtime.WebSocketLesson(), c -> new org.wirewise.ui.lesson.realtime.WebSocketView(c.language()))
                .add(new org.wirewise.lesson.realtime.SseAndPollingLesson(), c -> new org.wirewise.ui.lesson.realtime.SsePollingView(c.language()))
                .add(new org.wirewise.lesson.realtime.GrpcLesson(), c -> new org.wirewise.ui.lesson.realtime.GrpcView(c.language()))
                .add(new org.wirewise.lesson.realtime.WebSocketScalingLesson(), org.wirewise.ui.lesson.realtime.ScalingView::new)
                .add(new org.wirewise.lesson.realtime.ChooseRealtimeLesson(), c -> new org.wirewise.ui.lesson.realtime.ChoiceView())
                .add(new org.wirewise.lesson.journey.UrlJourneyLesson(), c -> new org.wirewise.ui.lesson.journey.UrlJourneyView(c.language()))
                .add(new org.wirewise.lesson.journey.MultiRegionLesson(), c -> new org.wirewise.ui.lesson.journey.MultiRegionView(c.language()))
                ; // on its own line, so a lesson added at the end is one line added
    }

    /** Registers a lesson with the view that draws it; a lesson id may be registered once. */
    public LessonRegistry add(Lesson<?> lesson, Function<LessonContext, LessonView> view) {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(view, () -> "lesson " + lesson.id() + " has no view");
        if (views.putIfAbsent(lesson.id(), view) != null) {
            throw new IllegalArgumentException("lesson " + lesson.id() + " is registered twice");
        }
        lessons.add(lesson);
        return this;
    }

    /**
     * This registry with a replayed capture's view ({@code CaptureTrace.ID}, the TCP connection
     * view) added to the views only: a capture is opened from a file, never listed as a lesson.
     */
    public LessonRegistry withReplayView() {
        views.putIfAbsent(org.wirewise.model.replay.CaptureTrace.ID,
                c -> new org.wirewise.ui.lesson.tcp.TcpConnectionView(c));
        return this;
    }

    public LessonCatalog catalog() {
        return new LessonCatalog(lessons);
    }

    public LessonViews views() {
        return new LessonViews(views);
    }
}
