package org.wirewise.model.http.hpack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The dynamic table of RFC 7541 §2.3.2 and §4: newest entry first (index 1 here, 62 in the
 * combined index space), its size the sum of entry sizes, oldest entries evicted to make room.
 */
public final class DynamicTable {

    private final Deque<HeaderField> entries = new ArrayDeque<>();
    private int size;
    private int maxSize;

    public DynamicTable(int maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException("table size must be at least 0, got " + maxSize);
        }
        this.maxSize = maxSize;
    }

    /** Sum of the entries' sizes (§4.1). */
    public int size() {
        return size;
    }

    public int maxSize() {
        return maxSize;
    }

    public int length() {
        return entries.size();
    }

    /** Entries newest first, as the RFC's examples list them. */
    public List<HeaderField> entries() {
        return List.copyOf(entries);
    }

    /** The entry at dynamic index {@code index} (1 = newest). */
    public HeaderField get(int index) {
        if (index < 1 || index > entries.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int i = 1;
        for (HeaderField f : entries) {
            if (i++ == index) {
                return f;
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** Changes the maximum size, evicting until the table fits (§4.3); returns what was evicted. */
    public List<HeaderField> resize(int newMax) {
        if (newMax < 0) {
            throw new IllegalArgumentException("table size must be at least 0, got " + newMax);
        }
        maxSize = newMax;
        return evictUntil(0);
    }

    /**
     * Adds an entry after evicting what it needs (§4.4); one larger than the whole table empties
     * it and is not added. Returns the evicted entries, oldest first.
     */
    public List<HeaderField> add(HeaderField field) {
        int needed = field.size();
        if (needed > maxSize) {
            List<HeaderField> evicted = new ArrayList<>(entries);
            java.util.Collections.reverse(evicted);
            entries.clear();
            size = 0;
            return evicted;
        }
        List<HeaderField> evicted = evictUntil(needed);
        entries.addFirst(field);
        size += needed;
        return evicted;
    }

    private List<HeaderField> evictUntil(int room) {
        List<HeaderField> evicted = new ArrayList<>();
        while (size + room > maxSize && !entries.isEmpty()) {
            HeaderField oldest = entries.removeLast();
            size -= oldest.size();
            evicted.add(oldest);
        }
        return evicted;
    }

    /** Dynamic index (1 = newest) of this exact field, or 0. */
    public int indexOf(HeaderField field) {
        int i = 1;
        for (HeaderField f : entries) {
            if (f.equals(field)) {
                return i;
            }
            i++;
        }
        return 0;
    }

    /** Dynamic index of the newest entry with this name, or 0. */
    public int indexOfName(String name) {
        int i = 1;
        for (HeaderField f : entries) {
            if (f.name().equals(name)) {
                return i;
            }
            i++;
        }
        return 0;
    }
}
