package org.wirewise.model.latency;

/**
 * Parameters of the latency-components lesson: one packet from a sender through two routers to a
 * receiver, sharing the routers' long-haul link with cross traffic.
 *
 * @param packetBytes  the packet's IP size (the frame adds 14 bytes of Ethernet header)
 * @param accessMbps   rate of the two access links (sender to router A, router B to receiver)
 * @param linkMbps     rate of the long-haul link between the routers
 * @param distanceKm   length of the long-haul fibre
 * @param load         utilisation of the long-haul link by cross traffic (0 to 0.95)
 * @param processingUs each router's time to process a packet, in microseconds
 * @param crossPackets how many cross-traffic packets the run carries (more: a steadier average)
 * @param seed         seeds the cross traffic's arrival times and the IP identification (the default's
 *                     packet finds a few packets ahead of it, about the run's average)
 */
public record ComponentsScenario(int packetBytes, double accessMbps, double linkMbps, double distanceKm,
                                 double load, double processingUs, int crossPackets, long seed) {

    public static final ComponentsScenario DEFAULTS =
            new ComponentsScenario(1500, 1000, 100, 1000, 0.7, 20, 2000, 3);
}
