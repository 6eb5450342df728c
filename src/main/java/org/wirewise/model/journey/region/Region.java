package org.wirewise.model.journey.region;

import java.net.Inet4Address;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.CityTable;
import org.wirewise.model.net.Host;

/**
 * The three regions the shop runs in, named as cloud providers name theirs, each in a city of the
 * latency map, each with its own public (virtual) address on its regional load balancer.
 */
public enum Region {
    US_EAST("us-east", "Ashburn", "203.0.113.10"),
    EU_WEST("eu-west", "London", "203.0.113.20"),
    AP_SOUTHEAST("ap-southeast", "Singapore", "203.0.113.30");

    private final String id;
    private final String cityName;
    private final String vip;

    Region(String id, String cityName, String vip) {
        this.id = id;
        this.cityName = cityName;
        this.vip = vip;
    }

    /** "eu-west": the lane, the parameter's choice and what the narration calls it. */
    public String id() {
        return id;
    }

    public City city() {
        return CityTable.STANDARD.find(cityName).orElseThrow();
    }

    /** The address GeoDNS hands out for this region: its load balancer's virtual address. */
    public Inet4Address vip() {
        return (Inet4Address) Host.literal(vip);
    }

    /** The region whose database takes every write (single-primary replication). */
    public static final Region PRIMARY = US_EAST;
}
