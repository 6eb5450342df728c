package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.ConnectionSetup;
import org.wirewise.model.http.Phase;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.WaterfallRow;

/** Reveal: what of a row the chart draws at a moment, so the class never sees a bar before its time. */
class WaterfallRevealTest {

    private static final long MS = 1_000_000L;

    /** Queued at 0, DNS 0–20, connect 20–60, TLS 60–100, waiting 100–150, download 150–170 ms, held 155–165. */
    private static WaterfallRow row() {
        return WaterfallRow.of(new RequestTiming(1, "/", 0, 100 * MS, 150 * MS, 170 * MS, 1,
                        ConnectionSetup.connect(20 * MS, 60 * MS).withTls(60 * MS, 100 * MS).withDns(0, 20 * MS)), 1)
                .withHeld(List.of(new WaterfallRow.Hold(155 * MS, 165 * MS)));
    }

    @Test
    void aPhaseUnderTheCursorIsCutAtItAndLaterOnesAreLeftOut() {
        WaterfallRow whole = row();
        WaterfallRow shown = WaterfallChart.upTo(whole, 80 * MS);
        assertThat(shown.phases()).extracting(Phase::kind).containsExactly(Phase.Kind.DNS, Phase.Kind.CONNECT,
                Phase.Kind.TLS);
        assertThat(shown.end()).isEqualTo(80 * MS);
        assertThat(shown.phases().subList(0, 2)).isEqualTo(whole.phases().subList(0, 2));
        assertThat(shown.complete()).as("not complete before its last byte").isFalse();
        assertThat(shown.held()).isEmpty();
    }

    @Test
    void aHoldUnderTheCursorIsCutAndTheWholeRowShowsOnceItIsOver() {
        WaterfallRow shown = WaterfallChart.upTo(row(), 160 * MS);
        assertThat(shown.held()).containsExactly(new WaterfallRow.Hold(155 * MS, 160 * MS));
        assertThat(shown.end()).isEqualTo(160 * MS);
        assertThat(WaterfallChart.upTo(row(), 170 * MS)).isEqualTo(row());
    }

    @Test
    void beforeTheRowBeginsNothingIsDrawn() {
        assertThat(WaterfallChart.upTo(row(), 0).phases()).isEmpty();
        assertThat(WaterfallChart.upTo(row(), -1).phases()).isEmpty();
    }
}
