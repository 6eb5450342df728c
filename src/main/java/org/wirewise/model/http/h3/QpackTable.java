package org.wirewise.model.http.h3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;

/**
 * QPACK's dynamic table (RFC 9204 §3.2) as either end keeps it: entries by absolute index (the
 * first inserted is 0, §3.2.4), a size of 32 bytes plus name and value per entry (§3.2.1), a
 * capacity no larger than the decoder's SETTINGS_QPACK_MAX_TABLE_CAPACITY, and eviction of the
 * oldest entries when an insert or a smaller capacity needs room (§3.2.2). Also the Required
 * Insert Count's encoding (§4.5.1.1), which depends on the maximum capacity.
 */
public final class QpackTable {

    /** An entry with its absolute index. */
    public record Entry(long index, String name, String value) {
        public long size() {
            return QpackTable.size(name, value);
        }
    }

    private final long maxCapacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long capacity;
    private long size;
    private long insertCount;

    /** An empty table of capacity 0 that may grow to {@code maxCapacity} (the decoder's setting). */
    public QpackTable(long maxCapacity) {
        this.maxCapacity = maxCapacity;
    }

    /** An entry's size: its name's and value's octets plus 32 (§3.2.1). */
    public static long size(String name, String value) {
        return 32L + name.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
    }

    public long maxCapacity() {
        return maxCapacity;
    }

    public long capacity() {
        return capacity;
    }

    public long size() {
        return size;
    }

    /** How many entries were ever inserted: the next entry's absolute index. */
    public long insertCount() {
        return insertCount;
    }

    /** The entries present, oldest first. */
    public List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** Set Dynamic Table Capacity (§4.3.1): above the maximum is an error; entries that no longer fit are evicted. */
    void capacity(long newCapacity) {
        if (newCapacity > maxCapacity) {
            throw new H3Exception(H3Exception.QPACK_ENCODER_STREAM_ERROR, "a capacity of " + newCapacity
                    + " is above SETTINGS_QPACK_MAX_TABLE_CAPACITY " + maxCapacity + " (RFC 9204 §4.3.1)");
        }
        capacity = newCapacity;
        evictTo(capacity);
    }

    /** Inserts an entry, evicting the oldest until it fits; one larger than the capacity is an error (§3.2.2). */
    Entry insert(String name, String value) {
        long needed = size(name, value);
        if (needed > capacity) {
            throw new H3Exception(H3Exception.QPACK_ENCODER_STREAM_ERROR, "an entry of " + needed
                    + " bytes does not fit a table of capacity " + capacity + " (RFC 9204 §3.2.2)");
        }
        evictTo(capacity - needed);
        Entry e = new Entry(insertCount++, name, value);
        entries.addLast(e);
        size += needed;
        return e;
    }

    /** The entries an insert of {@code needed} bytes would evict, oldest first. */
    List<Entry> wouldEvict(long needed) {
        return evictedBelow(capacity - needed);
    }

    /** The entries a capacity of {@code newCapacity} would evict, oldest first. */
    List<Entry> wouldEvictAtCapacity(long newCapacity) {
        return evictedBelow(newCapacity);
    }

    private List<Entry> evictedBelow(long target) {
        List<Entry> out = new ArrayList<>();
        long left = size;
        for (Entry e : entries) {
            if (left <= target) {
                break;
            }
            out.add(e);
            left -= e.size();
        }
        return out;
    }

    private void evictTo(long target) {
        while (size > target && !entries.isEmpty()) {
            size -= entries.removeFirst().size();
        }
    }

    /** The entry at an absolute index; one evicted or not yet inserted is an error (§3.2.4). */
    Entry get(long absolute, long errorCode) {
        Entry first = entries.peekFirst();
        if (first == null || absolute < first.index() || absolute >= insertCount) {
            throw new H3Exception(errorCode, "absolute index " + absolute + " is not in the dynamic table (RFC 9204 §3.2.4)");
        }
        return entries.stream().filter(e -> e.index() == absolute).findFirst().orElseThrow();
    }

    /** The newest entry with this name and value, or with this name only when {@code nameOnly}. */
    OptionalLong find(String name, String value, boolean nameOnly) {
        long found = -1;
        for (Entry e : entries) {
            if (e.name().equals(name) && (nameOnly || e.value().equals(value))) {
                found = e.index();
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** MaxEntries of §4.5.1.1: how many entries of the smallest size the maximum capacity holds. */
    long maxEntries() {
        return maxCapacity / 32;
    }

    /** The Required Insert Count as sent: 0, or the count modulo twice MaxEntries, plus one (§4.5.1.1). */
    long encodeInsertCount(long requiredInsertCount) {
        return requiredInsertCount == 0 ? 0 : requiredInsertCount % (2 * maxEntries()) + 1;
    }

    /** The Required Insert Count a section names, given every insert received so far (§4.5.1.1). */
    long decodeInsertCount(long encoded) {
        if (encoded == 0) {
            return 0;
        }
        long fullRange = 2 * maxEntries();
        if (encoded > fullRange) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "an encoded Required Insert Count of " + encoded
                    + " is above " + fullRange + " (RFC 9204 §4.5.1.1)");
        }
        long maxValue = insertCount + maxEntries();
        long required = maxValue / fullRange * fullRange + encoded - 1;
        if (required > maxValue) {
            if (required <= fullRange) {
                throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "an encoded Required Insert Count that wraps below 0");
            }
            required -= fullRange;
        }
        if (required == 0) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "a Required Insert Count of 0 encoded as nonzero");
        }
        return required;
    }
}
