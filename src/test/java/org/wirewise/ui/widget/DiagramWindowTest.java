package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The sequence diagram follows the step: on every step of every lesson, at the sizes of
 * {@link LabelPlacementTest}, the step's moment, its own packet and every packet in flight then
 * are drawn whole (inside the stretch of time shown) on an axis whose ticks lie inside it and
 * never read alike; the dense steps the issue named read at
 * 1280×720 (arrow ends spaced out on every lane, the step's packet labelled); and the overview's
 * pointer and keys move the window.
 */
class DiagramWindowTest {

    static final LabelPlacementTest.Size PROJECTOR = LabelPlacementTest.SIZES.get(0);

    static Stream<Arguments> lessons() {
        return LessonRegistry.standard().catalog().all().stream().map(l -> Arguments.of(l.id()));
    }

    static Trace trace(String lessonId) throws Exception {
        return LessonSetup.defaults(LessonRegistry.standard().catalog().require(lessonId)).simulate();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyStepsMomentItsPacketAndThoseInFlightAreInsideItsWindow(String lessonId) throws Exception {
        Trace trace = trace(lessonId);
        if (trace.packets().isEmpty()) {
            return;
        }
        DiagramLayout layout = new DiagramLayout(trace);
        for (LabelPlacementTest.Size size : LabelPlacementTest.SIZES) {
            double plot = DiagramLayout.plotHeight(size.height(), size.em());
            for (int step = 0; step < trace.stepCount(); step++) {
                long now = trace.step(step).time();
                DiagramWindow.Choice w = layout.window(step, now, plot);
                String where = lessonId + " step " + (step + 1) + " at " + size;
                assertThat(now).as("%s: the step's moment", where).isBetween(w.from(), w.to());
                List<Long> ticks = w.axis().ticks(8);
                assertThat(ticks).as("%s: ticks", where).isNotEmpty()
                        .allSatisfy(t -> assertThat(t).isBetween(w.from(), w.to()));
                assertThat(DiagramTimeAxis.tickLabels(ticks, 0)).as("%s: tick labels", where).doesNotHaveDuplicates();
                for (TracePacket p : layout.shownPackets(step, now)) {
                    boolean current = p.id() == trace.step(step).packetId() || p.sentAt() <= now && end(p) > now;
                    if (current) {
                        assertThat(p.sentAt()).as("%s: %s is sent inside the window", where, p.label())
                                .isBetween(w.from(), w.to());
                        assertThat(end(p)).as("%s: %s arrives inside the window", where, p.label())
                                .isBetween(w.from(), w.to());
                    }
                }
            }
        }
    }

    /** Where a packet's arrow ends: its arrival, or where a lost one vanishes (the test's own sum). */
    private static long end(TracePacket p) {
        return p.delivered() ? p.arrivesAt() : p.sentAt() + Math.round((p.arrivesAt() - p.sentAt()) * PacketArrows.LOST_AT);
    }

    static Stream<Arguments> denseSteps() {
        return Stream.of(Arguments.of("tcp-flow-control", 5), Arguments.of("head-of-line", 8),
                Arguments.of("tcp-lifecycle", 19));
    }

    @ParameterizedTest(name = "{0} step {1}")
    @MethodSource("denseSteps")
    void denseStepsSpaceTheirArrowsOutAt1280x720AndLabelTheStepsPacket(String lessonId, int stepNumber) throws Exception {
        Trace trace = trace(lessonId);
        DiagramLayout layout = new DiagramLayout(trace);
        int step = stepNumber - 1;
        long now = trace.step(step).time();
        double em = PROJECTOR.em();
        DiagramGeometry g = geometry(layout, step, now, PROJECTOR);
        // Count, lane by lane, the distinct moments an arrow starts or ends there, in pixels down the drawing.
        Map<String, TreeSet<Long>> ends = new TreeMap<>();
        List<TracePacket> visible = layout.visiblePackets(g, step, now);
        for (TracePacket p : visible) {
            for (var e : List.of(Map.entry(p.from(), p.sentAt()), Map.entry(p.to(), end(p)))) {
                if (e.getValue() >= g.axis().min() && e.getValue() <= g.axis().max()) {
                    ends.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue());
                }
            }
        }
        int densest = 0;
        for (TreeSet<Long> lane : ends.values()) {
            List<Double> ys = new ArrayList<>();
            lane.forEach(t -> ys.add(g.y(t)));
            for (double top : ys) {
                densest = Math.max(densest, (int) ys.stream().filter(y -> y >= top && y < top + 100).count());
            }
        }
        assertThat(densest).as("arrow ends per 100 px on one lane").isLessThanOrEqualTo(8);
        assertThat(visible).as("arrows drawn").hasSizeGreaterThan(3);

        int own = trace.step(step).packetId();
        TracePacket selected = own >= 0 ? trace.packets().get(own) : null;
        List<LabelPlacement.Placement> labels = layout.labels(g, em, step, now, selected,
                t -> LabelPlacementTest.width(t, em), LabelPlacementTest.height(em), List.of());
        if (selected != null) {
            assertThat(labels).as("the step's own packet keeps its label").anyMatch(l -> l.id() == own);
        }
        assertThat(labels.size()).as("labelled arrows of %d drawn", visible.size())
                .isGreaterThanOrEqualTo(Math.min(visible.size(), 4));
    }

    /** The drawing of step {@code step} at {@code now} in a diagram of {@code size}, on the window it follows. */
    private static DiagramGeometry geometry(DiagramLayout layout, int step, long now, LabelPlacementTest.Size size) {
        return layout.geometry(size.width(), size.height(), size.em(),
                layout.window(step, now, DiagramLayout.plotHeight(size.height(), size.em())));
    }

    static Stream<Arguments> shortHopsAmongLongWaits() {
        return Stream.of(Arguments.of("sse-and-polling", 8), Arguments.of("sse-and-polling", 17));
    }

    /**
     * A 20 ms answer after seconds of long polling (step 8's 204) or of a stream (step 17's
     * reconnect) slants visibly: reaching back over older exchanges stopped before it flattened the
     * step's own arrow to a line, and the exchange before it is still drawn.
     */
    @ParameterizedTest(name = "{0} step {1}")
    @MethodSource("shortHopsAmongLongWaits")
    void aShortHopAmongLongWaitsIsDrawnSlanted(String lessonId, int stepNumber) throws Exception {
        Trace trace = trace(lessonId);
        DiagramLayout layout = new DiagramLayout(trace);
        TracePacket own = trace.packets().get(trace.step(stepNumber - 1).packetId());
        for (LabelPlacementTest.Size size : List.of(PROJECTOR, LabelPlacementTest.SIZES.get(3))) {
            int step = stepNumber - 1;
            long now = trace.step(step).time();
            DiagramGeometry g = geometry(layout, step, now, size);
            assertThat(g.y(end(own)) - g.y(own.sentAt())).as("%s at %s: the drop of its %s arrow", lessonId, size,
                    own.label()).isGreaterThanOrEqualTo(DiagramWindow.MIN_OWN_DROP_PX);
            assertThat(layout.visiblePackets(g, step, now)).as("arrows drawn at %s", size).hasSizeGreaterThan(3);
        }
    }

    @Test
    void aRunThatReadsWellWholeKeepsOneAxisForEveryStep() throws Exception {
        Trace trace = trace("tcp-handshake");
        DiagramLayout layout = new DiagramLayout(trace);
        double plot = DiagramLayout.plotHeight(LabelPlacementTest.SIZES.get(2).height(), 13);
        for (int step = 0; step < trace.stepCount(); step++) {
            DiagramWindow.Choice w = layout.window(step, trace.step(step).time(), plot);
            assertThat(w.whole()).as("step %d", step + 1).isTrue();
            assertThat(w.axis()).isSameAs(layout.timeAxis());
        }
    }

    @Test
    void aWindowMovedByTheUserKeepsItsLengthAndStaysInsideTheRun() throws Exception {
        Trace trace = trace("tcp-flow-control");
        DiagramLayout layout = new DiagramLayout(trace);
        long span = 50_000_000;
        DiagramWindow.Choice atStart = layout.windowAround(4, 0, span);
        assertThat(atStart.from()).isZero();
        DiagramWindow.Choice later = layout.windowAround(4, 1_000_000_000L, span);
        assertThat(later.from()).isLessThan(1_000_000_000L);
        assertThat(later.to()).isGreaterThan(1_000_000_000L);
        DiagramWindow.Choice past = layout.windowAround(4, Long.MAX_VALUE / 4, span);
        assertThat(past.to()).isLessThanOrEqualTo(layout.timeAxis().max() + span);
    }

    @Test
    void ticksInAWindowReadTheRealTimesAndNeverRepeat() throws Exception {
        Trace trace = trace("tcp-flow-control");
        DiagramLayout layout = new DiagramLayout(trace);
        DiagramWindow.Choice w = layout.window(4, trace.step(4).time(), DiagramLayout.plotHeight(430, 13));
        assertThat(w.whole()).isFalse();
        List<Long> ticks = w.axis().ticks(8);
        assertThat(ticks).allSatisfy(t -> assertThat(t).isBetween(w.from(), w.to()));
        assertThat(DiagramTimeAxis.tickLabels(ticks, 0)).doesNotHaveDuplicates();
    }

    @Test
    void aLonePacketsWindowReadsRoundTicksNotNanoseconds() {
        // WebSocket's SYN on its own: its send and arrival kept a nanosecond or two each, the 20 ms flight cut out.
        BrokenTimeAxis axis = BrokenTimeAxis.window(0, 20_005_920, List.of(new long[] {1, 20_005_918}), List.of(false));
        assertThat(DiagramTimeAxis.tickLabels(axis.ticks(8), 0)).containsExactly("0", "20.01 ms");
    }
}
