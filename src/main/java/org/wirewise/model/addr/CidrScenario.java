package org.wirewise.model.addr;

/**
 * Parameters of the CIDR calculator lesson.
 *
 * @param block       the block, or an address inside it, as "address/prefix"
 * @param splitPrefix the prefix length to split the block into
 * @param other       a second block to compare with (overlap, containment, supernet)
 */
public record CidrScenario(String block, long splitPrefix, String other) {

    /** The classic: a /16 VPC split into /24 subnets, compared with a /21 inside it. */
    public static final CidrScenario DEFAULTS = new CidrScenario("10.0.0.0/16", 24, "10.0.8.0/21");
}
