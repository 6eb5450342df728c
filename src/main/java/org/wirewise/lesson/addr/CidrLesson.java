package org.wirewise.lesson.addr;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.addr.CidrExplainer;
import org.wirewise.model.addr.CidrScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The CIDR calculator: masks, ranges, splitting, aggregation, overlap and the special-purpose registries. */
public final class CidrLesson implements Lesson<CidrScenario> {

    private static final ScenarioSchema<CidrScenario> SCHEMA = new ScenarioSchema<>(CidrScenario.class,
            CidrScenario.DEFAULTS, List.of(
            ParameterSpec.text("block", "Block", 64,
                    "A CIDR block or an address in it: 10.0.0.0/16, 192.168.1.77/24, 198.51.100.0/31, 2001:db8::/48"),
            ParameterSpec.integer("splitPrefix", "Split into /", "", 0, 128,
                    "Prefix length of the subnets to split the block into; at least the block's own prefix."),
            ParameterSpec.text("other", "Compare with", 64,
                    "A second block, to test overlap and containment and find the supernet of both.")));

    @Override
    public String id() {
        return CidrExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return "CIDR calculator";
    }

    @Override
    public Chapter chapter() {
        return Chapter.IP_ADDRESSING;
    }

    @Override
    public String summary() {
        return "Network, broadcast, masks and usable hosts of any block; splitting a /16 into /24s and "
                + "aggregating back; overlap; which special-purpose registry a block belongs to.";
    }

    @Override
    public ScenarioSchema<CidrScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(CidrScenario scenario) {
        return CidrExplainer.explain(scenario);
    }
}
