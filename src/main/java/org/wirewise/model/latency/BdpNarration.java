package org.wirewise.model.latency;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the bdp lesson shows, in one language ({@code bdp.properties} and its
 * translations); the numbers come from the runs and from {@link Bdp}.
 */
final class BdpNarration {

    private final Texts texts;
    private final LatencyUnits units;

    BdpNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.latency.bdp", language);
        this.units = new LatencyUnits(texts.language());
    }

    /** A text of the bundle with no numbers: a title, a column, a lane. */
    String text(String key) {
        return texts.get(key);
    }

    String bytes(double b) {
        return units.bytes(b, texts.get("unit.bytes"));
    }

    String mbps(double bps) {
        return units.mbps(bps);
    }

    String path(long bps, long rtt) {
        return units.rate(bps) + " × " + units.t(rtt);
    }

    String product(double issueBdp, long bps, long rtt, double bdp) {
        return texts.get("product", bytes(issueBdp), units.rate(bps), units.t(rtt), bytes(bdp));
    }

    String unscaled(double measured, double limit, int perRound) {
        return texts.get("unscaled", Long.toString(Bdp.UNSCALED_WINDOW), Integer.toString(perRound),
                mbps(measured), mbps(limit));
    }

    String scaled(int shift, long window, double measured, long bps) {
        return texts.get("scaled", Integer.toString(shift), bytes(window), mbps(measured), units.rate(bps));
    }

    String fills(List<Integer> rounds, double bdpSegments) {
        return texts.get("fills", rounds.toString().replaceAll("[\\[\\]]", ""), units.units().fixed(bdpSegments, 0));
    }

    String summary(double unscaled, double scaled, double ratio) {
        return texts.get("summary", mbps(unscaled), mbps(scaled), units.units().fixed(ratio, 1));
    }
}
