package org.wirewise.model.addr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A VPC address plan: the VPC's blocks, its availability zones and tiers, and one subnet per
 * (zone, tier). Immutable; {@link VpcPlanner} makes edited copies, which is what makes undo exact.
 *
 * @param ipv4    the VPC's IPv4 block (AWS allows /16 to /28)
 * @param ipv6    the VPC's IPv6 /56, or null for an IPv4-only VPC
 * @param zones   availability zone names, in order ("a", "b", "c")
 * @param tiers   tiers, in order
 * @param subnets one per zone and tier
 */
public record VpcPlan(Cidr ipv4, Cidr ipv6, List<String> zones, List<Tier> tiers, List<Subnet> subnets) {

    /** A tier of subnets that share a route table. */
    public record Tier(String name, TierKind kind) {
        public Tier {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * One subnet.
     *
     * @param zone the availability zone
     * @param tier the tier's name
     * @param ipv4 its IPv4 block
     * @param ipv6 its IPv6 /64, or null
     */
    public record Subnet(String zone, String tier, Cidr ipv4, Cidr ipv6) {
        public Subnet {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(ipv4, "ipv4");
        }

        /** "public-a": the name a console shows. */
        public String name() {
            return tier + "-" + zone;
        }
    }

    public VpcPlan {
        Objects.requireNonNull(ipv4, "ipv4");
        zones = List.copyOf(zones);
        tiers = List.copyOf(tiers);
        subnets = List.copyOf(subnets);
    }

    public boolean dualStack() {
        return ipv6 != null;
    }

    public Optional<Subnet> subnet(String zone, String tier) {
        return subnets.stream().filter(s -> s.zone().equals(zone) && s.tier().equals(tier)).findFirst();
    }

    public Optional<Tier> tier(String name) {
        return tiers.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
