package org.wirewise.lesson.addr;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.addr.AddressScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** IPv4 and IPv6 addresses as bits, the size of both spaces, and RFC 5952's canonical IPv6 text. */
public final class IpAddressesLesson implements Lesson<AddressScenario> {

    private static final ScenarioSchema<AddressScenario> SCHEMA = new ScenarioSchema<>(AddressScenario.class,
            AddressScenario.DEFAULTS, List.of(
            ParameterSpec.text("address", "Address", 64,
                    "An IPv4 or IPv6 address, optionally with /prefix to split network and host bits: "
                            + "192.0.2.1/24, 2001:DB8:0:0:1::1/64, ::ffff:192.0.2.1")));

    @Override
    public String id() {
        return AddressExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return "IP addresses";
    }

    @Override
    public Chapter chapter() {
        return Chapter.IP_ADDRESSING;
    }

    @Override
    public String summary() {
        return "An address as bits, network and host parts, how big IPv4 and IPv6 really are, and the RFC 5952 "
                + "rules that give every IPv6 address one canonical spelling.";
    }

    @Override
    public ScenarioSchema<AddressScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(AddressScenario scenario) {
        return AddressExplainer.explain(scenario);
    }
}
