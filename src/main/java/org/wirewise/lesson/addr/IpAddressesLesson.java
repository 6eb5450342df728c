package org.wirewise.lesson.addr;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.addr.AddressScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** IPv4 and IPv6 addresses as bits, the size of both spaces, and RFC 5952's canonical IPv6 text. */
public final class IpAddressesLesson extends TranslatedLesson<AddressScenario> {

    private static final String TEXTS = "org.wirewise.model.addr.ip-addresses";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<AddressScenario> STRUCTURE = new ScenarioSchema<>(AddressScenario.class,
            AddressScenario.DEFAULTS, List.of(ParameterSpec.text("address", "", 64, "")));

    public IpAddressesLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return AddressExplainer.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.IP_ADDRESSING;
    }

    @Override
    public Trace simulate(AddressScenario scenario) {
        return AddressExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(AddressScenario scenario, Progress progress, Locale language) {
        return AddressExplainer.explain(scenario, language);
    }
}
