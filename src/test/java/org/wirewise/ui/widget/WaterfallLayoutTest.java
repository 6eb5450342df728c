package org.wirewise.ui.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WaterfallLayoutTest {

    private static final double LINE = 20;

    @Test
    void twoRowsStayBarsAndAreAllLabelled() {
        WaterfallLayout l = WaterfallLayout.of(2, 50, 400, LINE);
        assertEquals(30, l.rowHeight(), 1e-9, "at most a line and a half, however much room there is");
        assertEquals(1, l.stride());
        assertEquals(80, l.rowTop(1), 1e-9);
    }

    @Test
    void aHundredRowsCompressIntoTheRoomWithLabelsThatNeverOverlap() {
        WaterfallLayout l = WaterfallLayout.of(101, 40, 440, LINE);
        assertTrue(l.rowTop(101) <= 440 + 1e-9, "the last row ends inside: " + l.rowTop(101));
        assertTrue(l.rowHeight() >= WaterfallLayout.MIN_ROW);
        assertTrue(l.stride() > 1);
        assertTrue(l.stride() * l.rowHeight() >= LINE, "labelled rows are a line apart: " + l);
        assertTrue(l.labelled(0) && !l.labelled(1));
    }

    @Test
    void withTooLittleRoomRowsKeepTheirMinimumAndTheChartAsksForTheHeight() {
        WaterfallLayout l = WaterfallLayout.of(101, 40, 140, LINE);
        assertEquals(WaterfallLayout.MIN_ROW, l.rowHeight(), 1e-9);
        assertEquals(303, WaterfallLayout.minimumRowsHeight(101), 1e-9);
        assertEquals(7, l.stride(), "a label every seventh 3-pixel row: 21 px apart for 20 px lines");
    }

    @Test
    void thePointerFindsTheRowUnderIt() {
        WaterfallLayout l = WaterfallLayout.of(10, 100, 300, LINE);
        assertEquals(0, l.rowAt(100, 10));
        assertEquals(9, l.rowAt(299, 10));
        assertEquals(-1, l.rowAt(99, 10));
        assertEquals(-1, l.rowAt(301, 10));
    }
}
