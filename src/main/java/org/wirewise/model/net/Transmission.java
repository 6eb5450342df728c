package org.wirewise.model.net;

import org.wirewise.model.sim.Link;

/**
 * One packet crossing one wire, as a capture on either end sees it.
 *
 * @param start   when its first bit left {@code from} (for a queue drop: when it was offered)
 * @param arrival when its last bit reached {@code to} (or would have, if lost)
 */
public record Transmission(NetInterface from, NetInterface to, Packet packet, long start, long arrival,
                           Link.Fate fate) {
}
