package org.wirewise.lesson.addr;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlanner;
import org.wirewise.model.addr.VpcScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Plan a VPC: zones, tiers, non-overlapping subnets, reserved addresses, route tables, dual stack. */
public final class VpcPlannerLesson implements Lesson<VpcScenario> {

    private static final ScenarioSchema<VpcScenario> SCHEMA = new ScenarioSchema<>(VpcScenario.class,
            VpcScenario.DEFAULTS, List.of(
            ParameterSpec.text("cidr", "VPC block", 32,
                    "The VPC's IPv4 block, /16 to /28 as AWS allows; private space (RFC 1918) such as 10.0.0.0/16."),
            ParameterSpec.integer("zones", "Zones", "", 1, VpcPlanner.MAX_ZONES,
                    "Availability zones; each tier gets one subnet per zone."),
            ParameterSpec.text("tiers", "Tiers", 200,
                    "Tier names, comma separated: public,private,database. Add :public, :private or :isolated to "
                            + "choose a tier's routing, as in web:public,app:private,db:isolated."),
            ParameterSpec.integer("prefix", "Subnet prefix", "", VpcPlanner.SHORTEST_PREFIX, VpcPlanner.LONGEST_PREFIX,
                    "Prefix length of each subnet: a /24 has 256 addresses, 251 usable on AWS."),
            ParameterSpec.bool("dualStack", "Dual stack (IPv6)",
                    "Give the VPC an IPv6 /56 and each subnet a /64.")));

    @Override
    public String id() {
        return VpcExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return "VPC subnet planner";
    }

    @Override
    public Chapter chapter() {
        return Chapter.IP_ADDRESSING;
    }

    @Override
    public String summary() {
        return "Lay out a cloud VPC: public, private and database subnets in each zone without overlaps, "
                + "the addresses AWS keeps, the route tables, IPv6, and room to grow.";
    }

    @Override
    public ScenarioSchema<VpcScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(VpcScenario scenario) {
        return VpcExplainer.explain(scenario);
    }
}
