package org.wirewise.lesson.journey;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.journey.region.MultiRegionSimulator;
import org.wirewise.model.journey.region.RegionScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Users on a world map sent to the nearest of three regions by GeoDNS; one region fails and traffic moves. */
public final class MultiRegionLesson implements Lesson<RegionScenario> {

    public static final ParameterSpec TTL = ParameterSpec.integer("ttlSeconds", "DNS TTL", "s", 1, 600,
            "How long a resolver may keep GeoDNS's answer: after a failure, users keep going to the dead region "
                    + "until it runs out.");
    public static final ParameterSpec CHECK_INTERVAL = ParameterSpec.integer("checkIntervalSeconds", "Check interval",
            "s", 5, 60, "How often the DNS service's health checker probes each region (Route 53: 10 or 30 s).");
    public static final ParameterSpec THRESHOLD = ParameterSpec.integer("failureThreshold", "Failure threshold", "",
            1, 10, "Failed checks in a row before GeoDNS withdraws a region (Route 53: 1 to 10, 3 by default).");
    public static final ParameterSpec FAILING = ParameterSpec.choice("failingRegion", "Failing region",
            List.of("us-east", "eu-west", "ap-southeast"), "The region that goes dark part-way through.");

    private static final ScenarioSchema<RegionScenario> SCHEMA = new ScenarioSchema<>(RegionScenario.class,
            RegionScenario.DEFAULTS, List.of(TTL, CHECK_INTERVAL, THRESHOLD, FAILING,
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds when each user first visits, DNS query IDs, ports and TCP sequence numbers.")));

    @Override
    public String id() {
        return MultiRegionSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Multi-region";
    }

    @Override
    public Chapter chapter() {
        return Chapter.JOURNEY;
    }

    @Override
    public String summary() {
        return "GeoDNS sends users in eight cities to the nearest of three regions; a CDN edge serves static files; a "
                + "write crosses to the primary; a region fails, health checks withdraw it and each user's outage is "
                + "the detection time plus what its cached answer had left of its TTL.";
    }

    @Override
    public ScenarioSchema<RegionScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(RegionScenario scenario) {
        return MultiRegionSimulator.simulate(scenario);
    }
}
