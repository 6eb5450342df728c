package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.lb.LoadBalancerScenario;
import org.wirewise.model.lb.LoadBalancerSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same requests through a layer-4 and a layer-7 load balancer. */
public final class LoadBalancersLesson extends TranslatedLesson<LoadBalancerScenario> {

    private static final String TEXTS = "org.wirewise.model.lb.load-balancers";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<LoadBalancerScenario> STRUCTURE = new ScenarioSchema<>(
            LoadBalancerScenario.class, LoadBalancerScenario.DEFAULTS, List.of(
            ParameterSpec.choice("balancer", "", List.of("layer-4", "layer-7"), ""),
            ParameterSpec.choice("algorithm", "", List.of("round-robin", "hash"), ""),
            ParameterSpec.bool("https", "", ""),
            ParameterSpec.bool("sticky", "", ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public LoadBalancersLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return LoadBalancerSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
    }

    @Override
    public Trace simulate(LoadBalancerScenario scenario) {
        return LoadBalancerSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(LoadBalancerScenario scenario, Progress progress, Locale language) {
        return LoadBalancerSimulator.simulate(scenario, language);
    }
}

