package org.wirewise.model.tcp;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the tcp-flow-control lesson shows, in one language
 * ({@code tcp-flow-control.properties} and its translations); the numbers come from the endpoints.
 */
final class FlowControlNarration {

    private final Texts texts;
    private final TcpUnits units;

    FlowControlNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.tcp.tcp-flow-control", language);
        this.units = new TcpUnits(texts.language());
    }

    /** The text under {@code key} with {@code args} (already formatted, never grouped) filled in. */
    String say(String key, String... args) {
        return texts.get(key, (Object[]) args);
    }

    String connects(FlowControlScenario s, long bdp) {
        return say("connects", units.plain(s.readRateKBps()), units.plain(s.stallSeconds()),
                Integer.toString(s.receiveBuffer()), bdpSentence(s, bdp));
    }

    private String bdpSentence(FlowControlScenario s, long bdp) {
        String base = say("bdp", units.plain(s.bandwidthMbps()), units.plain(s.rttMs()), Long.toString(bdp));
        String field = units.grouped(65_535);
        if (bdp <= 65535) {
            return base + say("bdp.fits", field);
        }
        return base + say("bdp.exceeds", field, units.plain(65535 * 8 / (s.rttMs() / 1000) / 1e6),
                say(s.windowScaling() ? "bdp.scaling" : "bdp.noScaling"));
    }

    String done(int bytes, long now) {
        return say("done", Integer.toString(bytes), units.time(now));
    }

    String stall(double seconds) {
        return say("stall", units.plain(seconds));
    }
}
