package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The time cursor's reading and the state chips keep off the packets' arrows (an arrow through the
 * reading made "106.000 ms" look struck out; a packet leaving a router ran through its "sent" chip),
 * on the steps where they used to, at the sizes of {@link LabelPlacementTest#SIZES}. Worked out on the
 * layout alone, and checked with sampled points of each arrow, not the placement's own geometry.
 */
class CursorAndChipsTest {

    private static Trace trace(String lessonId) throws Exception {
        return LessonSetup.defaults(LessonRegistry.standard().catalog().require(lessonId)).simulate();
    }

    private static DiagramGeometry geometry(DiagramLayout layout, LabelPlacementTest.Size size, int step) {
        long time = layout.trace().step(step).time();
        return layout.geometry(size.width(), size.height(), size.em(),
                layout.window(step, time, DiagramLayout.plotHeight(size.height(), size.em())));
    }

    @ParameterizedTest
    @CsvSource({"nat-table, 12", "bdp, 3"})
    void theCursorsReadingLiesWhereNoArrowRuns(String lessonId, int step) throws Exception {
        DiagramLayout layout = new DiagramLayout(trace(lessonId));
        int index = step - 1;
        long time = layout.trace().step(index).time();
        for (LabelPlacementTest.Size size : LabelPlacementTest.SIZES) {
            DiagramGeometry g = geometry(layout, size, index);
            double h = LabelPlacementTest.height(size.em());
            LabelPlacement.Box box = layout.nowLabel(g, size.em(), index, time, LabelPlacementTest.width("350.283 ms", size.em()),
                    h, size.height(), List.of());
            String where = lessonId + " step " + step + " at " + size;
            assertThat(Math.min(Math.abs(box.y() + box.h() - g.y(time)), Math.abs(box.y() - g.y(time))))
                    .as("%s: the reading is beside its line", where).isLessThan(0.2 * size.em() + 1);
            for (LabelPlacement.Arrow a : layout.arrows(g, index, time)) {
                assertThat(LabelPlacementTest.touches(a, box)).as("%s: packet %d's arrow runs through the reading", where, a.id()).isFalse();
            }
        }
    }

    @Test
    void aStateChipMovesOffTheArrowThatLeavesItsDot() throws Exception {
        DiagramLayout layout = new DiagramLayout(trace("latency-components"));
        int index = 6; // step 7: router B sends the packet on from the dot where it became "sent"
        long time = layout.trace().step(index).time();
        for (LabelPlacementTest.Size size : LabelPlacementTest.SIZES) {
            DiagramGeometry g = geometry(layout, size, index);
            double em = 0.85 * size.em(); // a chip's type
            List<StateChips.Chip> chips = StateChips.layout(g, size.em(), layout.trace(), index, layout.arrows(g, index, time),
                    text -> Math.ceil(text.length() * 0.62 * em + em + 4), Math.ceil(1.4 * em + 4));
            String where = "latency-components step 7 at " + size;
            assertThat(chips).as(where).anyMatch(c -> c.box() != null && c.state().equals("sent") && c.lane() == 2);
            for (StateChips.Chip c : chips) {
                if (c.box() == null) {
                    continue;
                }
                assertThat(c.box().grow(1).contains(c.dotX(), c.dotY()) || near(c, size.em()))
                        .as("%s: chip \"%s\" stays beside its dot", where, c.state()).isTrue();
                for (LabelPlacement.Arrow a : layout.arrows(g, index, time)) {
                    assertThat(LabelPlacementTest.touches(a, c.box()))
                            .as("%s: packet %d's arrow runs through chip \"%s\"", where, a.id(), c.state()).isFalse();
                }
            }
        }
    }

    /** Whether the chip's box lies within a chip's height and a gap of its dot. */
    private static boolean near(StateChips.Chip c, double em) {
        LabelPlacement.Box b = c.box();
        double dx = Math.max(0, Math.max(b.x() - c.dotX(), c.dotX() - b.x() - b.w()));
        double dy = Math.max(0, Math.max(b.y() - c.dotY(), c.dotY() - b.y() - b.h()));
        return dx <= em && dy <= em;
    }
}
