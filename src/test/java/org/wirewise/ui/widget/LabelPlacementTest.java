package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * Packet labels never lie, on every step of every lesson in the catalog, at the diagram sizes a
 * 1280×720 projector, a 1920×1080 screen and presentation mode give: each label sits on its own
 * arrow or is joined to it by a leader, never on another packet's arrow (back-to-back packets
 * drawn as one line share it), and no two overlap; only the step's own packet, in a mesh with no
 * free spot beside its arrow, lies on its arrow over the others.
 * The checks below measure the placements with their own geometry (sampled points), not the
 * placement code's.
 */
class LabelPlacementTest {

    /** The sequence diagram's size and type size in the window (measured on renders). */
    record Size(String name, double width, double height, double em) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Size> SIZES = List.of(
            new Size("1280x720", 680, 430, 13),
            new Size("1280x720 beside side panels", 430, 430, 13),
            new Size("1920x1080", 1015, 680, 13),
            new Size("presentation at 1280x720", 845, 450, 20));

    /** A bold monospace label's size: 0.62 em a character, 0.5 em padding each side, a 2 px border. */
    static double width(String text, double em) {
        return Math.ceil(text.length() * 0.62 * em + em + 4);
    }

    static double height(double em) {
        return Math.ceil(1.6 * em + 4);
    }

    static Stream<Arguments> lessons() {
        return org.wirewise.ui.catalog.LessonRegistry.standard().catalog().all().stream().map(l -> Arguments.of(l.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyLabelOfEveryStepSitsOnItsOwnArrowAndNoneOverlap(String lessonId) throws Exception {
        Lesson<?> lesson = org.wirewise.ui.catalog.LessonRegistry.standard().catalog().require(lessonId);
        Trace trace = LessonSetup.defaults(lesson).simulate();
        if (trace.packets().isEmpty()) {
            return; // nothing to label: the lesson draws no sequence diagram
        }
        DiagramLayout layout = new DiagramLayout(trace);
        for (Size size : SIZES) {
            for (int step = 0; step < trace.stepCount(); step++) {
                long time = trace.step(step).time();
                // The geometry the diagram draws: the whole run, or the step's window of it.
                DiagramGeometry g = layout.geometry(size.width(), size.height(), size.em(),
                        layout.window(step, time, DiagramLayout.plotHeight(size.height(), size.em())));
                int own = trace.step(step).packetId();
                TracePacket selected = own >= 0 ? trace.packets().get(own) : null;
                List<LabelPlacement.Placement> placements = layout.labels(g, size.em(), step, time, selected,
                        t -> width(t, size.em()), height(size.em()), List.of());
                String where = lessonId + " step " + (step + 1) + " at " + size;
                check(where, layout, g, layout.visiblePackets(g, step, time), placements, own);
            }
        }
    }

    private static void check(String where, DiagramLayout layout, DiagramGeometry g, List<TracePacket> shown,
                              List<LabelPlacement.Placement> placements, int subject) {
        Map<Integer, LabelPlacement.Arrow> arrows = new HashMap<>();
        Map<Integer, TracePacket> packets = new HashMap<>();
        for (TracePacket p : shown) {
            arrows.put(p.id(), layout.arrow(g, p));
            packets.put(p.id(), p);
        }
        List<Integer> labelled = new ArrayList<>();
        for (LabelPlacement.Placement pl : placements) {
            TracePacket p = packets.get(pl.id());
            assertThat(p).as("%s: a label for a packet not drawn", where).isNotNull();
            assertThat(labelled).as("%s: packet %d labelled twice", where, pl.id()).doesNotContain(pl.id());
            labelled.add(pl.id());
            assertThat(pl.text()).as(where).isIn(p.label(), DiagramLayout.shortText(p.label()));
            LabelPlacement.Arrow own = arrows.get(pl.id());
            assertThat(distance(own, pl.anchorX(), pl.anchorY()))
                    .as("%s: \"%s\" is anchored off its own arrow", where, pl.text()).isLessThan(0.5);
            LabelPlacement.Box box = pl.box();
            if (pl.leader()) {
                assertThat(onEdge(box, pl.leaderEndX(), pl.leaderEndY()))
                        .as("%s: \"%s\"'s leader ends on its box", where, pl.text()).isTrue();
            } else {
                assertThat(box.contains(pl.anchorX(), pl.anchorY()))
                        .as("%s: \"%s\" covers its anchor", where, pl.text()).isTrue();
            }
            // Only the step's own packet, finding no free spot in a mesh, lies over other arrows: centred on its own.
            assertThat(!pl.over() || pl.id() == subject && !pl.leader())
                    .as("%s: \"%s\" is not the step's packet but lies over other arrows", where, pl.text()).isTrue();
            for (LabelPlacement.Arrow other : arrows.values()) {
                if (other.id() != pl.id() && !drawnAsOne(other, own) && !pl.over()) {
                    assertThat(touches(other, box))
                            .as("%s: \"%s\" lies on the arrow of %s", where, pl.text(), packets.get(other.id()).label())
                            .isFalse();
                }
            }
        }
        for (int i = 0; i < placements.size(); i++) {
            for (int j = i + 1; j < placements.size(); j++) {
                assertThat(placements.get(i).box().intersects(placements.get(j).box()))
                        .as("%s: \"%s\" overlaps \"%s\"", where, placements.get(i).text(), placements.get(j).text())
                        .isFalse();
            }
        }
    }

    /** Whether an arrow passes through the box's inside: its points sampled every half pixel. */
    static boolean touches(LabelPlacement.Arrow a, LabelPlacement.Box b) {
        double length = Math.hypot(a.x2() - a.x1(), a.y2() - a.y1());
        int n = Math.max(2, (int) Math.ceil(length * 2));
        for (int i = 0; i <= n; i++) {
            double x = a.x(i / (double) n);
            double y = a.y(i / (double) n);
            if (x > b.x() + 0.5 && x < b.x() + b.w() - 0.5 && y > b.y() + 0.5 && y < b.y() + b.h() - 0.5) {
                return true;
            }
        }
        return false;
    }

    /** Back-to-back packets between the same lanes whose arrows are one drawn line (ends under 1.5 px apart). */
    private static boolean drawnAsOne(LabelPlacement.Arrow a, LabelPlacement.Arrow b) {
        return Math.hypot(a.x1() - b.x1(), a.y1() - b.y1()) < 1.5 && Math.hypot(a.x2() - b.x2(), a.y2() - b.y2()) < 1.5;
    }

    private static double distance(LabelPlacement.Arrow a, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i <= 2000; i++) {
            best = Math.min(best, Math.hypot(a.x(i / 2000.0) - x, a.y(i / 2000.0) - y));
        }
        return best;
    }

    private static boolean onEdge(LabelPlacement.Box b, double x, double y) {
        boolean inside = x >= b.x() - 1e-6 && x <= b.x() + b.w() + 1e-6 && y >= b.y() - 1e-6 && y <= b.y() + b.h() + 1e-6;
        boolean edge = Math.abs(x - b.x()) < 1e-6 || Math.abs(x - b.x() - b.w()) < 1e-6
                || Math.abs(y - b.y()) < 1e-6 || Math.abs(y - b.y() - b.h()) < 1e-6;
        return inside && edge;
    }

    @Test
    void theHandshakeKeepsItsSynAndSynAckLabelsAt1280AndEveryLabelAt1920() throws Exception {
        // The reported bug: at 1280x720 the SYN arrow read "SYN, ACK" and the SYN label was gone.
        Trace trace = LessonSetup.defaults(org.wirewise.ui.catalog.LessonRegistry.standard().catalog().require("tcp-handshake")).simulate();
        DiagramLayout layout = new DiagramLayout(trace);
        int last = trace.stepCount() - 1;
        List<String> all = trace.packets().stream().map(TracePacket::label).toList();
        for (Size size : List.of(SIZES.get(0), SIZES.get(2))) {
            DiagramGeometry g = layout.geometry(size.width(), size.height(), size.em());
            TracePacket own = trace.packets().get(trace.step(last).packetId());
            List<String> texts = layout.labels(g, size.em(), last, trace.step(last).time(), own,
                    t -> width(t, size.em()), height(size.em()), List.of())
                    .stream().map(LabelPlacement.Placement::text).toList();
            assertThat(texts).as("at %s", size).contains(all.get(0), all.get(1), own.label());
            if (size == SIZES.get(2)) {
                assertThat(texts).as("at %s", size).containsExactlyInAnyOrderElementsOf(all);
            }
        }
    }

    @Test
    void aLabelWithNoRoomBesideItsArrowIsLeftOutRatherThanPutOnAnother() {
        // Two crossing arrows and a label wider than the plot's free room on the first one.
        LabelPlacement.Arrow a = new LabelPlacement.Arrow(0, 100, 0, 200, 100);
        LabelPlacement.Arrow b = new LabelPlacement.Arrow(1, 200, 0, 100, 100);
        LabelPlacement.Box plot = new LabelPlacement.Box(90, 0, 120, 100);
        List<LabelPlacement.Placement> placed = LabelPlacement.place(List.of(
                        new LabelPlacement.Request(0, "#1 a long label", 110, "#1", 24, 20),
                        new LabelPlacement.Request(1, "#2 another", 80, "#2", 24, 20)),
                List.of(a, b), List.of(), plot, 10);
        for (LabelPlacement.Placement p : placed) {
            LabelPlacement.Arrow other = p.id() == 0 ? b : a;
            assertThat(touches(other, p.box())).as("\"%s\" on the other arrow", p.text()).isFalse();
        }
        assertThat(placed).extracting(LabelPlacement.Placement::text).doesNotContain("#1 a long label");
    }

    /**
     * A short diagram (a projector's): the only free line is just under the step's packet, closer
     * than an ordinary leader reaches. The step's own label (the first request) hangs there on a
     * leader; any other packet's label in the same place is left out, as before.
     */
    @Test
    void theStepsOwnPacketFindsTheLastFreeLineJustUnderItsArrow() {
        double em = 13;
        LabelPlacement.Arrow arrow = new LabelPlacement.Arrow(1, 50, 50, 350, 50);
        LabelPlacement.Request own = new LabelPlacement.Request(1, "Answer A 192.0.2.10", 200, null, 0, 40);
        List<LabelPlacement.Box> above = List.of(new LabelPlacement.Box(0, 0, 400, 45)); // chips, breaks
        LabelPlacement.Box plot = new LabelPlacement.Box(0, 0, 400, 100);

        List<LabelPlacement.Placement> first = LabelPlacement.place(List.of(own), List.of(arrow), above, plot, em);
        assertThat(first).hasSize(1);
        LabelPlacement.Placement p = first.get(0);
        assertThat(p.leader()).isTrue();
        assertThat(p.box().y()).isGreaterThan(50).isLessThan(100 - 40 + 1);
        assertThat(arrow.distanceTo(p.anchorX(), p.anchorY())).isLessThan(1e-6);

        LabelPlacement.Request earlier = new LabelPlacement.Request(9, "a packet not drawn", 100, null, 0, 40);
        assertThat(LabelPlacement.place(List.of(earlier, own), List.of(arrow), above, plot, em)).isEmpty();
    }

    /**
     * A mesh (a window of a page's packets in flight both ways, http-hol-lab step 4 presenting): no spot
     * beside the step's packet is clear of other arrows. Its words go on its own arrow, over the others,
     * clear of the words already there; another packet in the same mesh gets no label.
     */
    @Test
    void inAMeshTheStepsOwnPacketLiesOnItsArrowOverTheOthersAndNoOtherDoes() {
        List<LabelPlacement.Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            arrows.add(new LabelPlacement.Arrow(i, 0, i * 5 - 60, 300, i * 5)); // parallel, 5 px apart, over all the plot
        }
        LabelPlacement.Arrow repair = new LabelPlacement.Arrow(99, 300, 20, 0, 230); // across all of them
        arrows.add(repair);
        LabelPlacement.Box plot = new LabelPlacement.Box(0, 0, 300, 260);
        List<LabelPlacement.Box> words = List.of(new LabelPlacement.Box(100, 110, 100, 20)); // the cursor's reading
        List<LabelPlacement.Placement> placed = LabelPlacement.place(List.of(
                        new LabelPlacement.Request(99, "Retransmission: 1448 bytes", 180, null, 0, 24),
                        new LabelPlacement.Request(7, "#8 ACK", 60, "#8", 24, 24)),
                arrows, words, plot, 13);
        assertThat(placed).hasSize(1);
        LabelPlacement.Placement p = placed.get(0);
        assertThat(p.id()).isEqualTo(99);
        assertThat(p.over()).isTrue();
        assertThat(p.leader()).isFalse();
        assertThat(p.box().contains(p.anchorX(), p.anchorY())).isTrue();
        assertThat(repair.distanceTo(p.anchorX(), p.anchorY())).isLessThan(1e-6);
        assertThat(p.box().intersects(words.get(0).grow(2))).as("clear of the words already placed").isFalse();
        assertThat(p.box().inside(plot)).isTrue();
    }

    /** A long list with no number goes on two lines, broken after the comma nearest its middle. */
    @Test
    void aLongLabelWithoutANumberBreaksAfterTheCommaNearestItsMiddle() {
        assertThat(DiagramLayout.twoLines("ServerHello + EncryptedExtensions, CertificateRequest, Certificate, Finished"))
                .isEqualTo("ServerHello + EncryptedExtensions,\nCertificateRequest, Certificate, Finished");
        assertThat(DiagramLayout.twoLines("Query A www.example.com")).isNull();
    }
}
