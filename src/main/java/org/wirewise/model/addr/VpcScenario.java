package org.wirewise.model.addr;

/**
 * Parameters of the VPC planner lesson.
 *
 * @param cidr      the VPC's IPv4 block
 * @param zones     how many availability zones
 * @param tiers     tier names, comma separated, each optionally ":public", ":private" or ":isolated"
 * @param prefix    the prefix length of each subnet
 * @param dualStack whether the VPC also gets an IPv6 /56 and each subnet a /64
 */
public record VpcScenario(String cidr, long zones, String tiers, long prefix, boolean dualStack) {

    /** The classic three-tier, three-zone VPC. */
    public static final VpcScenario DEFAULTS = new VpcScenario("10.0.0.0/16", 3, "public,private,database", 24, true);
}
