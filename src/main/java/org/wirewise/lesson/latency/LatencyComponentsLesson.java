package org.wirewise.lesson.latency;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.latency.ComponentsScenario;
import org.wirewise.model.latency.LatencyComponentsSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One packet across two routers and a long-haul link: processing, queuing, transmission and propagation. */
public final class LatencyComponentsLesson implements Lesson<ComponentsScenario> {

    private static final ScenarioSchema<ComponentsScenario> SCHEMA = new ScenarioSchema<>(
            ComponentsScenario.class, ComponentsScenario.DEFAULTS, List.of(
            ParameterSpec.integer("packetBytes", "Packet size", "bytes", 46, 9000,
                    "The IP packet's size: 1500 fills a standard Ethernet frame, 9000 a jumbo frame."),
            ParameterSpec.decimal("accessMbps", "Access links", "Mb/s", 1, 100_000,
                    "Rate of the links from the sender to router A and from router B to the receiver."),
            ParameterSpec.decimal("linkMbps", "Long-haul link", "Mb/s", 1, 100_000,
                    "Rate of the link between the routers, shared with the cross traffic."),
            ParameterSpec.decimal("distanceKm", "Distance", "km", 0, 40_000,
                    "Length of the long-haul fibre (New York to London is about 5,600 km in a straight line)."),
            ParameterSpec.decimal("load", "Load", "", 0, 0.95,
                    "Share of the long-haul link's capacity the cross traffic uses (0.7 = 70 %)."),
            ParameterSpec.decimal("processingUs", "Processing", "µs", 0, 10_000,
                    "Each router's time to process a packet: microseconds in hardware, more in software."),
            ParameterSpec.integer("crossPackets", "Cross packets", "", 100, 20_000,
                    "Cross-traffic packets in the run; more give steadier averages."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the cross traffic's arrival times and the IP identification.")));

    @Override
    public String id() {
        return LatencyComponentsSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Latency components";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return "One packet across two routers and a long fibre shared with other traffic: processing, queuing, "
                + "transmission and propagation, each measured where it happens.";
    }

    @Override
    public ScenarioSchema<ComponentsScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(ComponentsScenario scenario) {
        return LatencyComponentsSimulator.simulate(scenario);
    }
}
