package org.wirewise.lesson.addr;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlanner;
import org.wirewise.model.addr.VpcScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Plan a VPC: zones, tiers, non-overlapping subnets, reserved addresses, route tables, dual stack. */
public final class VpcPlannerLesson extends TranslatedLesson<VpcScenario> {

    private static final String TEXTS = "org.wirewise.model.addr.vpc-planner";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<VpcScenario> STRUCTURE = new ScenarioSchema<>(VpcScenario.class,
            VpcScenario.DEFAULTS, List.of(
            ParameterSpec.text("cidr", "", 32, ""),
            ParameterSpec.integer("zones", "", "", 1, VpcPlanner.MAX_ZONES, ""),
            ParameterSpec.text("tiers", "", 200, ""),
            ParameterSpec.integer("prefix", "", "", VpcPlanner.SHORTEST_PREFIX, VpcPlanner.LONGEST_PREFIX, ""),
            ParameterSpec.bool("dualStack", "", "")));

    public VpcPlannerLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return VpcExplainer.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.IP_ADDRESSING;
    }

    @Override
    public Trace simulate(VpcScenario scenario) {
        return VpcExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(VpcScenario scenario, Progress progress, Locale language) {
        return VpcExplainer.explain(scenario, language);
    }
}
