package org.wirewise.ui.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.testing.RandomCases;

/** The charts' pan and zoom state, without a window. */
class XRangeTest {

    static LongStream seeds() {
        return RandomCases.seeds(20);
    }

    private static XRange run(double seconds) {
        XRange range = new XRange();
        range.setBounds(0, seconds, "shape");
        return range;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void zoomAroundAPointKeepsThatPointUnderThePointer(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        XRange range = run(60);
        for (int i = 0; i < 8; i++) { // at most 3^8 = 6561×: within the zoom limit
            XRange.Span before = range.visible();
            double anchor = before.lo() + random.nextDouble() * before.width();
            double fraction = (anchor - before.lo()) / before.width();
            double factor = random.nextDouble(1.05, 3);
            range.zoom(factor, anchor);
            XRange.Span after = range.visible();
            assertThat(after.width()).as("seed %d", seed).isCloseTo(before.width() / factor, within(1e-9));
            assertThat(after.lo() + fraction * after.width()).as("seed %d: the anchor stays put", seed)
                    .isCloseTo(anchor, within(1e-9));
        }
    }

    @Test
    void zoomingOutNeverShowsMoreThanTheRunAndStopsAtItsEnds() {
        XRange range = run(30);
        range.zoom(10, 29);
        range.zoom(0.5, 29.5);
        assertThat(range.visible().hi()).isLessThanOrEqualTo(30);
        range.zoom(0.001, 15);
        assertThat(range.visible()).isEqualTo(new XRange.Span(0, 30));
        assertThat(range.isZoomed()).isFalse();
    }

    @Test
    void zoomInStopsAtAHundredThousandthOfTheRun() {
        XRange range = run(10);
        for (int i = 0; i < 40; i++) {
            range.zoom(10, 5);
        }
        assertThat(range.visible().width()).isCloseTo(10 / XRange.MAX_ZOOM, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void panKeepsTheZoomAndClampsToTheRun(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        XRange range = run(60);
        range.zoom(random.nextDouble(1.5, 100), random.nextDouble(0, 60));
        double width = range.visible().width();
        for (int i = 0; i < 50; i++) {
            range.pan(random.nextDouble(-40, 40));
            XRange.Span s = range.visible();
            assertThat(s.width()).as("seed %d", seed).isCloseTo(width, within(1e-9));
            assertThat(s.lo()).as("seed %d", seed).isGreaterThanOrEqualTo(0);
            assertThat(s.hi()).as("seed %d", seed).isLessThanOrEqualTo(60 + 1e-9);
        }
        range.pan(-1000);
        assertThat(range.visible().lo()).isZero();
        range.pan(1000);
        assertThat(range.visible().hi()).isCloseTo(60, within(1e-9));
    }

    @Test
    void fitRestoresTheWholeRun() {
        XRange range = run(45);
        range.zoom(8, 12);
        range.pan(3);
        assertThat(range.isZoomed()).isTrue();
        range.fit();
        assertThat(range.visible()).isEqualTo(new XRange.Span(0, 45));
        assertThat(range.isZoomed()).isFalse();
    }

    @Test
    void aReSimulationOfTheSameShapeKeepsTheZoomClampedToTheNewRun() {
        XRange range = run(60);
        range.zoom(6, 50);
        XRange.Span zoomed = range.visible();
        range.setBounds(0, 120, "shape");
        assertThat(range.visible()).as("a longer run: the same window").isEqualTo(zoomed);
        range.setBounds(0, 48, "shape");
        assertThat(range.visible().hi()).as("a shorter run: the window slides back inside").isCloseTo(48, within(1e-9));
        assertThat(range.visible().width()).isCloseTo(zoomed.width(), within(1e-9));
        range.setBounds(0, 5, "shape");
        assertThat(range.visible()).as("the window no longer fits: the whole run").isEqualTo(new XRange.Span(0, 5));
    }

    @Test
    void anotherShapeResetsTheZoom() {
        XRange range = run(60);
        range.zoom(6, 50);
        range.setBounds(0, 60, "per round");
        assertThat(range.visible()).isEqualTo(new XRange.Span(0, 60));
    }

    @Test
    void revealPansJustEnoughToShowThePlayersTime() {
        XRange range = run(100);
        range.zoom(10, 0);
        assertThat(range.visible()).isEqualTo(new XRange.Span(0, 10));
        range.reveal(5);
        assertThat(range.visible()).as("already visible: nothing moves").isEqualTo(new XRange.Span(0, 10));
        range.reveal(30);
        assertThat(range.visible().width()).isCloseTo(10, within(1e-9));
        assertThat(range.visible().contains(30)).isTrue();
        assertThat(range.visible().hi()).isCloseTo(30.5, within(1e-9));
    }

    @Test
    void theFollowingWindowHoldsTheStepAndTheNextFromTheStartAndNeverSqueezesAnEarlyStep() {
        // The congestion lesson's first loss: step at 1.449 s, the next at 1.6 s, a 30 s run.
        XRange.Span early = XRange.following(1.449, 1.6, 0, 30);
        assertThat(early).isEqualTo(new XRange.Span(0, 2));
        assertThat(early.contains(1.449) && early.contains(1.6)).isTrue();
        // 0.1 s and 0.2 s: at least a fiftieth of the run, rounded.
        assertThat(XRange.following(0.01, 0.02, 0, 30)).isEqualTo(new XRange.Span(0, 1));
        assertThat(XRange.following(7, 9, 0, 30)).isEqualTo(new XRange.Span(0, 20));
        assertThat(XRange.following(19.7, 20.1, 0, 30)).as("most of the run: all of it").isEqualTo(new XRange.Span(0, 30));
        for (double t = 0; t <= 30; t += 0.37) {
            XRange.Span w = XRange.following(t, Math.min(30, t + 0.5), 0, 30);
            assertThat(w.contains(t) && w.contains(Math.min(30, t + 0.5))).as("t = %s", t).isTrue();
            assertThat(w.hi()).isLessThanOrEqualTo(30);
        }
    }

    @Test
    void theWindowFollowsTheStepUntilTheUserTakesItAndFitGivesItBack() {
        XRange range = run(30);
        range.follow(XRange.following(1.449, 1.6, 0, 30));
        assertThat(range.visible()).isEqualTo(new XRange.Span(0, 2));
        assertThat(range.isHeld()).isFalse();
        range.zoom(2, 1);
        XRange.Span mine = range.visible();
        range.follow(XRange.following(12, 13, 0, 30));
        assertThat(range.visible()).as("the user's zoom stays").isEqualTo(mine);
        range.setBounds(0, 40, "shape");
        assertThat(range.visible()).as("and survives a longer run").isEqualTo(mine);
        range.fit();
        assertThat(range.visible()).isEqualTo(new XRange.Span(0, 40));
        range.follow(XRange.following(12, 13, 0, 40));
        assertThat(range.visible()).as("after Fit the next step follows again").isEqualTo(new XRange.Span(0, 20));
        range.setBounds(0, 40, "shape");
        assertThat(range.visible()).as("a followed window is not the user's: a new run starts whole")
                .isEqualTo(new XRange.Span(0, 40));
    }
}
