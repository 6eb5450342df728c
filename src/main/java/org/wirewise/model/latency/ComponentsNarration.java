package org.wirewise.model.latency;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the latency-components lesson shows, in one language
 * ({@code latency-components.properties} and its translations); the numbers come from the run.
 */
final class ComponentsNarration {

    private final Texts texts;
    private final LatencyUnits units;

    ComponentsNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.latency.latency-components", language);
        this.units = new LatencyUnits(texts.language());
    }

    /** A text of the bundle (a title, a column, a lane, a state) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String t(long nanos) {
        return units.t(nanos);
    }

    String rate(long bps) {
        return units.rate(bps);
    }

    String km(double km) {
        return units.km(km);
    }

    String percent(double fraction) {
        return units.percent(fraction);
    }

    String kind(DelayBreakdown.Kind kind) {
        return texts.get("kind." + kind.name());
    }

    String path(ComponentsScenario s, long accessBps, long linkBps) {
        return texts.get("path", Integer.toString(s.packetBytes()), rate(accessBps), km(ComponentsPath.ACCESS_KM),
                km(s.distanceKm()), rate(linkBps), percent(s.load()));
    }

    String firstLink(int frameBytes, long bps, long transmission, long propagation) {
        return texts.get("firstLink", Integer.toString(frameBytes), Integer.toString(ComponentsPath.FRAMING), rate(bps),
                Integer.toString(frameBytes + ComponentsPath.FRAMING), t(transmission), t(propagation),
                km(ComponentsPath.ACCESS_KM), units.units().grouped(Fibre.KM_PER_SECOND, 0),
                units.units().fixed(Fibre.GROUP_INDEX, 3));
    }

    String processing(String router, long processing) {
        return texts.get("processing", router, t(processing));
    }

    String queuing(int ahead, long wait, double load, double mean, double md1) {
        String waitText = ahead == 0 ? texts.get("queuing.idle", percent(load))
                : ahead == 1 ? texts.get("queuing.one", t(wait))
                : texts.get("queuing.many", Integer.toString(ahead), Integer.toString(ahead - 1), t(wait));
        return texts.get("queuing", waitText, t(Math.round(mean)), t(Math.round(md1)));
    }

    String longHaul(long bps, long transmission) {
        return texts.get("longHaul", rate(bps), t(transmission));
    }

    String propagation(double km, long propagation) {
        return texts.get("propagation", km(km), t(propagation));
    }

    String lastHop(long processing, long transmission, long propagation) {
        return texts.get("lastHop", t(processing), t(transmission), t(propagation));
    }

    String total(DelayBreakdown d) {
        DelayBreakdown.Kind biggest = DelayBreakdown.Kind.PROPAGATION;
        for (DelayBreakdown.Kind k : DelayBreakdown.Kind.values()) {
            if (d.total(k) > d.total(biggest)) {
                biggest = k;
            }
        }
        StringBuilder parts = new StringBuilder();
        for (DelayBreakdown.Kind k : DelayBreakdown.Kind.values()) {
            parts.append(parts.length() == 0 ? "" : ", ").append(texts.get("total.part", kind(k), t(d.total(k)),
                    percent((double) d.total(k) / d.total())));
        }
        return texts.get("total", t(d.total()), parts.toString(), texts.get("dominates." + biggest.name()));
    }

    String curve(QueueCurve c, double mean, double mm1) {
        QueueCurve.Point last = c.points().get(c.points().size() - 1);
        return texts.get("curve", t(Math.round(last.measuredNanos())),
                units.units().fixed(last.measuredNanos() / c.serviceNanos(), 1), t(c.serviceNanos()),
                t(Math.round(mm1)), t(Math.round(mean)));
    }

    String examples(long mbAt100, long mbAt1g) {
        return texts.get("examples", t(mbAt100), t(mbAt1g));
    }
}
