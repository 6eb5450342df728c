package org.wirewise.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.congestion.CongestionLesson;


/** A player position found from a simulated time lands on that time (how A/B compare lines up congestion runs). */
class PositionAtTest {

    private final Trace trace = LessonSetup.defaults(new CongestionLesson()).simulate();

    @Test
    void positionAtIsTheInverseOfTimeAt() {
        for (int i = 0; i + 1 < trace.stepCount(); i++) {
            for (double p : new double[] {0, 0.25, 0.5, 0.9}) {
                long t = trace.timeAt(i, p);
                if (trace.step(i + 1).time() > trace.step(i).time()) {
                    assertThat(trace.positionAt(t)).as("step %d + %.2f", i, p).isCloseTo(i + p, within(1e-6));
                }
                assertThat(trace.timeAt((int) Math.floor(trace.positionAt(t)),
                        trace.positionAt(t) - Math.floor(trace.positionAt(t)))).isCloseTo(t, org.assertj.core.data.Offset.offset(1L));
            }
        }
    }

    @Test
    void beforeTheFirstStepIsTheFirstAndAfterTheLastIsTheLast() {
        assertThat(trace.positionAt(trace.step(0).time() - 1)).isZero();
        assertThat(trace.positionAt(trace.duration() + 1_000_000_000L)).isEqualTo(trace.stepCount() - 1);
    }
}
