package org.wirewise.model.http.h3;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A QPACK encoder with a dynamic table (RFC 9204 §2.1, §4.3, §4.5): it writes encoder stream
 * instructions (Set Dynamic Table Capacity, Insert With Name Reference, Insert With Literal Name,
 * Duplicate), encodes field sections against the static and dynamic tables, and reads the decoder
 * stream (Section Acknowledgment, Stream Cancellation, Insert Count Increment) to learn which
 * inserts the decoder has. A section may reference an entry the decoder has not acknowledged only
 * while fewer than SETTINGS_QPACK_BLOCKED_STREAMS streams could be blocked by it (§2.1.2); an entry
 * is evicted only when acknowledged and no unacknowledged section refers to it (§2.1.1).
 */
public final class QpackEncoder {

    private record Section(long requiredInsertCount, List<Long> references) {
    }

    private final QpackTable table;
    private final int maxBlockedStreams;
    private final ByteArrayOutputStream encoderStream = new ByteArrayOutputStream();
    private final Map<Long, Deque<Section>> outstanding = new HashMap<>();
    private final Map<Long, Integer> references = new HashMap<>();
    private long knownReceived;
    private byte[] decoderInput = new byte[0];

    /** An encoder for a decoder that announced this SETTINGS_QPACK_MAX_TABLE_CAPACITY and SETTINGS_QPACK_BLOCKED_STREAMS. */
    public QpackEncoder(long peerMaxTableCapacity, int peerBlockedStreams) {
        this.table = new QpackTable(peerMaxTableCapacity);
        this.maxBlockedStreams = peerBlockedStreams;
    }

    public QpackTable table() {
        return table;
    }

    /** The Known Received Count (§2.1.4): inserts the decoder has acknowledged, the 'acknowledged' line. */
    public long knownReceivedCount() {
        return knownReceived;
    }

    /** How many unacknowledged sections refer to the entry at this absolute index. */
    public int references(long absolute) {
        return references.getOrDefault(absolute, 0);
    }

    /** The encoder stream bytes written since the last call. */
    public byte[] takeEncoderStream() {
        byte[] out = encoderStream.toByteArray();
        encoderStream.reset();
        return out;
    }

    /** Set Dynamic Table Capacity (§4.3.1): 001 and the capacity on 5 bits. */
    public void setCapacity(long capacity) {
        if (table.wouldEvictAtCapacity(capacity).stream().anyMatch(e -> !evictable(e))) {
            throw new IllegalStateException("a capacity of " + capacity + " would evict an entry still in use (RFC 9204 §2.1.1)");
        }
        table.capacity(capacity);
        Qpack.integer(encoderStream, 0x20, 5, capacity);
    }

    /** Whether the entry fits, evicting only entries the decoder has and no unacknowledged section uses (§2.1.1). */
    public boolean canInsert(String name, String value) {
        long needed = QpackTable.size(name, value);
        return needed <= table.capacity() && table.wouldEvict(needed).stream().allMatch(this::evictable);
    }

    private boolean evictable(QpackTable.Entry e) {
        return e.index() < knownReceived && references(e.index()) == 0;
    }

    /**
     * Inserts an entry (§4.3.2, §4.3.3): with the static table's name when it has it, else a dynamic entry's name, else a
     * literal name; values are sent without Huffman coding.
     */
    public QpackTable.Entry insert(String name, String value) {
        if (!canInsert(name, value)) {
            throw new IllegalStateException(name + " does not fit without evicting an entry in use (RFC 9204 §2.1.1)");
        }
        OptionalInt staticName = QpackStaticTable.name(name);
        OptionalLong dynamicName = table.find(name, value, true);
        if (staticName.isPresent()) {
            Qpack.integer(encoderStream, 0xC0, 6, staticName.getAsInt()); // 1, T=1, static index
        } else if (dynamicName.isPresent()) {
            Qpack.integer(encoderStream, 0x80, 6, table.insertCount() - dynamicName.getAsLong() - 1); // 1, T=0, relative index
        } else {
            Qpack.string(encoderStream, 0x40, 5, name); // 01, H=0, name length on 5 bits
        }
        Qpack.string(encoderStream, 0, 7, value);
        return table.insert(name, value);
    }

    /** Duplicate (§4.3.4): the entry at {@code absolute} again, as the newest, by its relative index. */
    public QpackTable.Entry duplicate(long absolute) {
        QpackTable.Entry e = table.get(absolute, H3Exception.QPACK_ENCODER_STREAM_ERROR);
        if (!canInsert(e.name(), e.value())) {
            throw new IllegalStateException("the duplicate does not fit without evicting an entry in use (RFC 9204 §2.1.1)");
        }
        Qpack.integer(encoderStream, 0x00, 5, table.insertCount() - absolute - 1);
        return table.insert(e.name(), e.value());
    }

    /**
     * A field section for {@code streamId} (§4.5): Base is the insert count when encoding starts, so entries inserted for this
     * section are referred to after it (post-base). Per field: the static table's entry, an entry of the dynamic table, a new
     * entry when one fits and the stream may block, else a literal with a name reference or a literal name.
     */
    public Qpack.Encoded encode(long streamId, List<Qpack.FieldLine> fields) {
        long base = table.insertCount();
        boolean mayBlock = blocking(streamId) || blockingStreams() < maxBlockedStreams;
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        List<String> choices = new ArrayList<>();
        List<Long> used = new ArrayList<>();
        for (Qpack.FieldLine f : fields) {
            int before = lines.size();
            String choice = line(lines, f, base, mayBlock, used);
            choices.add(f.name() + ": " + choice + " (" + (lines.size() - before) + (lines.size() - before == 1 ? " byte)" : " bytes)"));
        }
        long required = used.stream().mapToLong(i -> i + 1).max().orElse(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Qpack.integer(out, 0, 8, table.encodeInsertCount(required));
        if (base >= required) {
            Qpack.integer(out, 0x00, 7, base - required); // S = 0: Base = Required Insert Count + Delta Base
        } else {
            Qpack.integer(out, 0x80, 7, required - base - 1); // S = 1: Base = Required Insert Count - Delta Base - 1
        }
        out.writeBytes(lines.toByteArray());
        if (required > 0) {
            outstanding.computeIfAbsent(streamId, k -> new ArrayDeque<>()).addLast(new Section(required, used));
            used.forEach(i -> references.merge(i, 1, Integer::sum));
        }
        return new Qpack.Encoded(out.toByteArray(), choices);
    }

    private String line(ByteArrayOutputStream out, Qpack.FieldLine f, long base, boolean mayBlock, List<Long> used) {
        OptionalInt exact = QpackStaticTable.exact(f.name(), f.value());
        if (exact.isPresent()) {
            Qpack.integer(out, 0xC0, 6, exact.getAsInt()); // 1, T=1, static index
            return "indexed, static entry " + exact.getAsInt();
        }
        OptionalLong entry = usable(table.find(f.name(), f.value(), false), mayBlock);
        if (entry.isEmpty() && mayBlock && table.capacity() > 0 && canInsert(f.name(), f.value())) {
            entry = OptionalLong.of(insert(f.name(), f.value()).index());
        }
        if (entry.isPresent()) {
            long abs = entry.getAsLong();
            used.add(abs);
            if (abs < base) {
                Qpack.integer(out, 0x80, 6, base - abs - 1); // 1, T=0, relative index
                return "indexed, dynamic entry " + abs;
            }
            Qpack.integer(out, 0x10, 4, abs - base); // 0001, post-base index
            return "indexed, dynamic entry " + abs + " after the base";
        }
        OptionalInt staticName = QpackStaticTable.name(f.name());
        OptionalLong dynamicName = usable(table.find(f.name(), f.value(), true), mayBlock);
        if (staticName.isPresent()) {
            Qpack.integer(out, 0x50, 4, staticName.getAsInt()); // 01, N=0, T=1, static index
            Qpack.string(out, 0, 7, f.value());
            return "literal value, name from static entry " + staticName.getAsInt();
        }
        if (dynamicName.isPresent()) {
            long abs = dynamicName.getAsLong();
            used.add(abs);
            if (abs < base) {
                Qpack.integer(out, 0x40, 4, base - abs - 1); // 01, N=0, T=0, relative index
            } else {
                Qpack.integer(out, 0x00, 3, abs - base); // 0000, N=0, post-base index
            }
            Qpack.string(out, 0, 7, f.value());
            return "literal value, name from dynamic entry " + abs;
        }
        Qpack.string(out, 0x20, 3, f.name()); // 001, N=0, H=0, name length on 3 bits
        Qpack.string(out, 0, 7, f.value());
        return "literal name and value";
    }

    /** An entry a section may use: one the decoder has, or any while this stream may block. */
    private OptionalLong usable(OptionalLong entry, boolean mayBlock) {
        return entry.isPresent() && (entry.getAsLong() < knownReceived || mayBlock) ? entry : OptionalLong.empty();
    }

    private boolean blocking(long streamId) {
        return outstanding.getOrDefault(streamId, new ArrayDeque<>()).stream().anyMatch(s -> s.requiredInsertCount() > knownReceived);
    }

    private long blockingStreams() {
        return outstanding.keySet().stream().filter(this::blocking).count();
    }

    /** Decoder stream bytes (§4.4), as they arrive; an instruction cut at the end waits for the rest. */
    public void decoderStream(byte[] bytes) {
        byte[] in = new byte[decoderInput.length + bytes.length];
        System.arraycopy(decoderInput, 0, in, 0, decoderInput.length);
        System.arraycopy(bytes, 0, in, decoderInput.length, bytes.length);
        int[] at = {0};
        long code = H3Exception.QPACK_DECODER_STREAM_ERROR;
        while (at[0] < in.length) {
            int start = at[0];
            int b = in[start] & 0xFF;
            try {
                if ((b & 0x80) != 0) {
                    acknowledged(Qpack.integer(in, at, 7, code));
                } else if ((b & 0x40) != 0) {
                    Deque<Section> gone = outstanding.remove(Qpack.integer(in, at, 6, code));
                    if (gone != null) {
                        gone.forEach(this::release);
                    }
                } else {
                    long increment = Qpack.integer(in, at, 6, code);
                    if (increment == 0 || knownReceived + increment > table.insertCount()) {
                        throw new H3Exception(code, "an Insert Count Increment of " + increment + " (RFC 9204 §4.4.3)");
                    }
                    knownReceived += increment;
                }
            } catch (Qpack.Truncated t) {
                at[0] = start;
                break;
            }
        }
        decoderInput = java.util.Arrays.copyOfRange(in, at[0], in.length);
    }

    /** Section Acknowledgment (§4.4.1): the stream's oldest outstanding section; its inserts are now known received. */
    private void acknowledged(long streamId) {
        Deque<Section> sections = outstanding.get(streamId);
        if (sections == null || sections.isEmpty()) {
            throw new H3Exception(H3Exception.QPACK_DECODER_STREAM_ERROR, "a Section Acknowledgment for stream " + streamId
                    + ", which has no section outstanding (RFC 9204 §4.4.1)");
        }
        Section s = sections.removeFirst();
        if (sections.isEmpty()) {
            outstanding.remove(streamId);
        }
        knownReceived = Math.max(knownReceived, s.requiredInsertCount());
        release(s);
    }

    private void release(Section s) {
        s.references().forEach(i -> references.computeIfPresent(i, (k, v) -> v > 1 ? v - 1 : null));
    }
}
