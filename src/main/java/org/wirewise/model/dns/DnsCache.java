package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.sim.SimTime;

/**
 * A DNS cache in simulated time: RRsets by (name, type), each expiring when its TTL runs out, and
 * negative entries (RFC 2308 §5): NXDOMAIN for a name (every type), NODATA for one type, kept for the
 * SOA's TTL that came with them. A cap (a browser's 60 s) shortens every entry. What it hands out
 * carries the remaining TTL, as a resolver passes it on (RFC 1035 §5.2: the TTL counts down).
 */
public final class DnsCache {

    /** An entry's key; type null for NXDOMAIN, which covers every type of the name. */
    private record Key(String name, RecordType type) {
    }

    /** Negative entries hold the SOA: NXDOMAIN, or NODATA (whose rcode is NOERROR, so a flag says so). */
    private record Entry(List<ResourceRecord> records, DnsMessage.Rcode rcode, long expiresAt, boolean negative) {
    }

    /** What the cache holds for a question: records, or a negative answer with its SOA. */
    public record Hit(DnsMessage.Rcode rcode, List<ResourceRecord> records, boolean negative) {
    }

    /** One line of a cache's contents, for a table. */
    public record Line(String name, String type, String data, long secondsLeft) {
    }

    private final String name;
    private final long capSeconds;
    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    /** @param capSeconds the longest anything is kept, whatever its TTL (Long.MAX_VALUE for none) */
    public DnsCache(String name, long capSeconds) {
        this.name = name;
        this.capSeconds = capSeconds;
    }

    public String name() {
        return name;
    }

    /** Keeps every RRset in {@code records} (grouped by name and type) for its TTL. */
    public void put(List<ResourceRecord> records, long now) {
        Map<Key, List<ResourceRecord>> sets = new LinkedHashMap<>();
        for (ResourceRecord r : records) {
            if (r.type() != RecordType.OPT) {
                sets.computeIfAbsent(new Key(r.name(), r.type()), k -> new ArrayList<>()).add(r);
            }
        }
        sets.forEach((k, set) -> {
            long ttl = set.stream().mapToLong(ResourceRecord::ttl).min().orElse(0);
            entries.put(k, new Entry(List.copyOf(set), DnsMessage.Rcode.NOERROR, now + life(ttl), false));
        });
    }

    /** A negative answer: NXDOMAIN for the whole name, NODATA for this type, with the SOA that says so. */
    public void putNegative(DnsMessage.Question q, DnsMessage.Rcode rcode, ResourceRecord soa, long now) {
        Key key = new Key(q.name(), rcode == DnsMessage.Rcode.NXDOMAIN ? null : q.type());
        entries.put(key, new Entry(List.of(soa), rcode, now + life(soa.ttl()), true));
    }

    private long life(long ttlSeconds) {
        return SimTime.seconds(Math.min(ttlSeconds, capSeconds));
    }

    /** The answer to {@code q}, following cached CNAMEs, or empty when something it needs is missing or expired. */
    public Optional<Hit> answer(DnsMessage.Question q, long now) {
        List<ResourceRecord> chain = new ArrayList<>();
        String name = q.name();
        for (int hops = 0; hops < 8; hops++) {
            Optional<Hit> negative = negative(name, q.type(), now);
            if (negative.isPresent()) {
                return chain.isEmpty() ? negative : Optional.empty();
            }
            List<ResourceRecord> exact = get(name, q.type(), now);
            if (!exact.isEmpty()) {
                chain.addAll(exact);
                return Optional.of(new Hit(DnsMessage.Rcode.NOERROR, chain, false));
            }
            List<ResourceRecord> cname = get(name, RecordType.CNAME, now);
            if (cname.isEmpty()) {
                return Optional.empty();
            }
            chain.addAll(cname);
            name = ((Rdata.Target) cname.get(0).data()).name();
        }
        return Optional.empty();
    }

    private Optional<Hit> negative(String name, RecordType type, long now) {
        for (Key k : new Key[] {new Key(name, null), new Key(name, type)}) {
            Entry e = entries.get(k);
            if (e != null && e.negative && e.expiresAt > now) {
                return Optional.of(new Hit(e.rcode, counted(e, now), true));
            }
        }
        return Optional.empty();
    }

    /** An unexpired RRset with its remaining TTL, or an empty list. */
    public List<ResourceRecord> get(String name, RecordType type, long now) {
        Entry e = entries.get(new Key(name, type));
        return e == null || e.negative || e.expiresAt <= now ? List.of() : counted(e, now);
    }

    private static List<ResourceRecord> counted(Entry e, long now) {
        long left = secondsLeft(e, now);
        return e.records.stream().map(r -> r.withTtl(Math.min(r.ttl(), left))).toList();
    }

    private static long secondsLeft(Entry e, long now) {
        return (e.expiresAt - now) / SimTime.seconds(1);
    }

    /** Forgets everything held for {@code name}, every type and negative entries too. */
    public void forget(String name) {
        entries.keySet().removeIf(k -> k.name().equals(name));
    }

    /** Forgets what has expired by {@code now}. */
    public void expire(long now) {
        entries.values().removeIf(e -> e.expiresAt <= now);
    }

    /** What it holds at {@code now}, oldest first, with the seconds each has left. */
    public List<Line> lines(long now) {
        List<Line> out = new ArrayList<>();
        entries.forEach((k, e) -> {
            if (e.expiresAt > now) {
                String data = !e.negative
                        ? String.join(", ", e.records.stream().map(r -> r.data().toString()).toList())
                        : e.rcode == DnsMessage.Rcode.NOERROR ? "NODATA" : e.rcode.name();
                // a TXT set runs to hundreds of characters: the table shows its start
                data = data.length() > 26 ? data.substring(0, 25) + "…" : data;
                out.add(new Line(DnsName.display(k.name()), k.type() == null ? "any" : k.type().name(), data,
                        secondsLeft(e, now)));
            }
        });
        return out;
    }
}
