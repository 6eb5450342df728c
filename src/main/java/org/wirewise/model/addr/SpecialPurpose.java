package org.wirewise.model.addr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and the RFCs that updated
 * them), plus the multicast ranges, which IANA keeps in registries of their own.
 */
public final class SpecialPurpose {

    /** Whether packets to such an address may cross the public internet (RFC 8190 §3's "Globally Reachable"). */
    public enum Reach { YES, NO, NOT_APPLICABLE }

    /**
     * One registered block.
     *
     * @param block     the block
     * @param name      the registry's name for it
     * @param rfc       where it is specified
     * @param reachable globally reachable per the registry
     */
    public record Entry(Cidr block, String name, String rfc, Reach reachable) {
    }

    private static final List<Entry> ENTRIES = List.of(
            e("0.0.0.0/8", "\"This network\"", "RFC 791 §3.2", Reach.NO),
            e("0.0.0.0/32", "\"This host on this network\"", "RFC 1122 §3.2.1.3", Reach.NO),
            e("10.0.0.0/8", "Private-Use", "RFC 1918 §3", Reach.NO),
            e("100.64.0.0/10", "Shared Address Space (carrier-grade NAT)", "RFC 6598 §7", Reach.NO),
            e("127.0.0.0/8", "Loopback", "RFC 1122 §3.2.1.3", Reach.NO),
            e("169.254.0.0/16", "Link Local", "RFC 3927 §2.1", Reach.NO),
            e("172.16.0.0/12", "Private-Use", "RFC 1918 §3", Reach.NO),
            e("192.0.0.0/24", "IETF Protocol Assignments", "RFC 6890 §2.1", Reach.NO),
            e("192.0.0.0/29", "IPv4 Service Continuity Prefix", "RFC 7335", Reach.NO),
            e("192.0.0.8/32", "IPv4 dummy address", "RFC 7600", Reach.NO),
            e("192.0.0.9/32", "Port Control Protocol Anycast", "RFC 7723", Reach.YES),
            e("192.0.0.10/32", "Traversal Using Relays around NAT Anycast", "RFC 8155", Reach.YES),
            e("192.0.0.170/32", "NAT64/DNS64 Discovery", "RFC 7050 §2.2", Reach.NO),
            e("192.0.0.171/32", "NAT64/DNS64 Discovery", "RFC 7050 §2.2", Reach.NO),
            e("192.0.2.0/24", "Documentation (TEST-NET-1)", "RFC 5737", Reach.NO),
            e("192.31.196.0/24", "AS112-v4", "RFC 7535", Reach.YES),
            e("192.52.193.0/24", "AMT", "RFC 7450", Reach.YES),
            e("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", "RFC 7526", Reach.NOT_APPLICABLE),
            e("192.168.0.0/16", "Private-Use", "RFC 1918 §3", Reach.NO),
            e("192.175.48.0/24", "Direct Delegation AS112 Service", "RFC 7534", Reach.YES),
            e("198.18.0.0/15", "Benchmarking", "RFC 2544", Reach.NO),
            e("198.51.100.0/24", "Documentation (TEST-NET-2)", "RFC 5737", Reach.NO),
            e("203.0.113.0/24", "Documentation (TEST-NET-3)", "RFC 5737", Reach.NO),
            e("224.0.0.0/4", "Multicast", "RFC 5771", Reach.NOT_APPLICABLE),
            e("240.0.0.0/4", "Reserved", "RFC 1112 §4", Reach.NO),
            e("255.255.255.255/32", "Limited Broadcast", "RFC 919 §7", Reach.NO),

            e("::1/128", "Loopback Address", "RFC 4291 §2.5.3", Reach.NO),
            e("::/128", "Unspecified Address", "RFC 4291 §2.5.2", Reach.NO),
            e("::ffff:0:0/96", "IPv4-mapped Address", "RFC 4291 §2.5.5.2", Reach.NO),
            e("64:ff9b::/96", "IPv4-IPv6 Translation", "RFC 6052 §2.1", Reach.YES),
            e("64:ff9b:1::/48", "IPv4-IPv6 Translation (local use)", "RFC 8215", Reach.NO),
            e("100::/64", "Discard-Only Address Block", "RFC 6666", Reach.NO),
            e("2001::/23", "IETF Protocol Assignments", "RFC 2928", Reach.NO),
            e("2001::/32", "TEREDO", "RFC 4380", Reach.NOT_APPLICABLE),
            e("2001:1::1/128", "Port Control Protocol Anycast", "RFC 7723", Reach.YES),
            e("2001:1::2/128", "Traversal Using Relays around NAT Anycast", "RFC 8155", Reach.YES),
            e("2001:2::/48", "Benchmarking", "RFC 5180", Reach.NO),
            e("2001:3::/32", "AMT", "RFC 7450", Reach.YES),
            e("2001:4:112::/48", "AS112-v6", "RFC 7535", Reach.YES),
            e("2001:10::/28", "Deprecated (previously ORCHID)", "RFC 4843", Reach.NOT_APPLICABLE),
            e("2001:20::/28", "ORCHIDv2", "RFC 7343", Reach.YES),
            e("2001:db8::/32", "Documentation", "RFC 3849", Reach.NO),
            e("2002::/16", "6to4", "RFC 3056", Reach.NOT_APPLICABLE),
            e("2620:4f:8000::/48", "Direct Delegation AS112 Service", "RFC 7534", Reach.YES),
            e("3fff::/20", "Documentation", "RFC 9637", Reach.NO),
            e("fc00::/7", "Unique-Local", "RFC 4193 §3.1", Reach.NO),
            e("fe80::/10", "Link-Local Unicast", "RFC 4291 §2.5.6", Reach.NO),
            e("ff00::/8", "Multicast", "RFC 4291 §2.7", Reach.NOT_APPLICABLE));

    private SpecialPurpose() {
    }

    private static Entry e(String block, String name, String rfc, Reach reachable) {
        return new Entry(Cidr.parse(block), name, rfc, reachable);
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** Every registered block that holds all of {@code block}, most specific first. */
    public static List<Entry> classify(Cidr block) {
        List<Entry> hits = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (entry.block().contains(block)) {
                hits.add(entry);
            }
        }
        hits.sort(Comparator.comparingInt((Entry en) -> en.block().prefix()).reversed());
        return List.copyOf(hits);
    }

    /** Registered blocks that overlap part of {@code block} without holding all of it. */
    public static List<Entry> inside(Cidr block) {
        return ENTRIES.stream().filter(en -> block.contains(en.block()) && !en.block().contains(block)).toList();
    }

    /** A one-line verdict: the most specific registry entry, or ordinary global unicast. */
    public static String describe(Cidr block) {
        List<Entry> hits = classify(block);
        if (hits.isEmpty()) {
            return block.family() == Family.IPV4 ? "Global unicast (no special-purpose registration)"
                    : "No special-purpose registration" + (block.network().value().shiftRight(125).intValue() == 1
                    ? " (global unicast, 2000::/3, RFC 4291 §2.4)" : "");
        }
        Entry e = hits.get(0);
        return e.name() + " (" + e.block() + ", " + e.rfc() + ")";
    }
}
