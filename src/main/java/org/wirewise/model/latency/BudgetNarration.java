package org.wirewise.model.latency;

import java.util.List;
import java.util.Locale;

/**
 * Every sentence and label of the latency budget, in one language ({@code latency-budget.properties}
 * and its translations): the parts' and switches' names too.
 */
final class BudgetNarration extends LatencyNarration {

    BudgetNarration(Locale language) {
        super("latency-budget", language);
    }

    String ms(double ms) {
        return units.ms(ms);
    }

    String label(Switch w) {
        return texts.get("switch." + w.name());
    }

    String label(PageLoad.Part p) {
        return texts.get("part." + p.name());
    }

    String baselineTitle(double totalMs) {
        return texts.get("baseline.title", ms(totalMs));
    }

    String baseline(LatencyBudgetScenario s, double totalMs) {
        return texts.get("baseline", ms(s.rttMs()), units.count(s.bandwidthMbps()), ms(s.dnsMs()), ms(s.serverMs()),
                Long.toString(s.documentKb()), Long.toString(s.objects()), Long.toString(s.objectKb()), ms(totalMs));
    }

    String switchTitle(Switch w, double beforeMs, double afterMs) {
        return texts.get("switch.title", label(w), ms(beforeMs), ms(afterMs));
    }

    private String what(Switch w, LatencyBudgetScenario s) {
        String key = "what." + w.name();
        return switch (w) {
            case CLOSER -> texts.get(key, ms(s.edgeRttMs()), ms(s.rttMs()));
            case REUSE, ZERO_RTT -> texts.get(key);
            case HTTP2 -> texts.get(key, Long.toString(s.objects()));
            case COMPRESSION -> texts.get(key, units.count(PageLoad.TEXT_COMPRESSION));
            case PARALLEL -> texts.get(key, Integer.toString(PageLoad.HTTP1_CONNECTIONS));
            case CACHE_HIT -> texts.get(key, ms(PageLoad.CACHE_MS), ms(s.serverMs()));
        };
    }

    String effect(Switch w, LatencyBudgetScenario s, double beforeMs, double afterMs) {
        double saved = beforeMs - afterMs;
        return texts.get(saved >= 0 ? "effect.saving" : "effect.slower", what(w, s), ms(beforeMs), ms(afterMs),
                ms(Math.abs(saved)));
    }

    String yoursTitle(double beforeMs, double afterMs) {
        return texts.get("yours.title", ms(beforeMs), ms(afterMs));
    }

    String yours(List<Switch> on, double beforeMs, double afterMs) {
        if (on.isEmpty()) {
            return texts.get("yours.none");
        }
        List<String> names = on.stream().map(this::label).toList();
        return texts.get("yours", String.join(", ", names), ms(afterMs),
                units.units().fixed(100 * afterMs / beforeMs, 0), ms(beforeMs));
    }
}
