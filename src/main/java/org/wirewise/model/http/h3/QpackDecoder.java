package org.wirewise.model.http.h3;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A QPACK decoder with a dynamic table (RFC 9204 §2.2, §4.3, §4.4, §4.5): it applies the encoder
 * stream's instructions, decodes field sections (static, dynamic and post-base references), holds
 * a section whose Required Insert Count is above the inserts received (a blocked stream, §2.1.2)
 * until they arrive, and writes the decoder stream: Section Acknowledgment after a section that used
 * the dynamic table, Stream Cancellation for an abandoned blocked stream, Insert Count Increment.
 */
public final class QpackDecoder {

    private final QpackTable table;
    private final int maxBlockedStreams;
    private final ByteArrayOutputStream decoderStream = new ByteArrayOutputStream();
    private final Map<Long, byte[]> blocked = new LinkedHashMap<>();
    private byte[] encoderInput = new byte[0];
    private long acknowledged;

    /** A decoder that announces this SETTINGS_QPACK_MAX_TABLE_CAPACITY and SETTINGS_QPACK_BLOCKED_STREAMS. */
    public QpackDecoder(long maxTableCapacity, int maxBlockedStreams) {
        this.table = new QpackTable(maxTableCapacity);
        this.maxBlockedStreams = maxBlockedStreams;
    }

    public QpackTable table() {
        return table;
    }

    /** The streams whose section waits for inserts, in arrival order. */
    public List<Long> blockedStreams() {
        return List.copyOf(blocked.keySet());
    }

    /** The decoder stream bytes written since the last call. */
    public byte[] takeDecoderStream() {
        byte[] out = decoderStream.toByteArray();
        decoderStream.reset();
        return out;
    }

    /** Encoder stream bytes (§4.3), as they arrive; an instruction cut at the end waits for the rest. */
    public void encoderStream(byte[] bytes) {
        byte[] in = new byte[encoderInput.length + bytes.length];
        System.arraycopy(encoderInput, 0, in, 0, encoderInput.length);
        System.arraycopy(bytes, 0, in, encoderInput.length, bytes.length);
        int[] at = {0};
        long code = H3Exception.QPACK_ENCODER_STREAM_ERROR;
        while (at[0] < in.length) {
            int start = at[0];
            int b = in[start] & 0xFF;
            try {
                if ((b & 0x80) != 0) { // Insert With Name Reference: 1, T, index on 6 bits, then the value
                    boolean isStatic = (b & 0x40) != 0;
                    long index = Qpack.integer(in, at, 6, code);
                    String name = isStatic ? staticEntry(index, code).name() : relative(index, code).name();
                    String value = Qpack.string(in, at, 7, code);
                    table.insert(name, value);
                } else if ((b & 0x40) != 0) { // Insert With Literal Name: 01, H, name length on 5 bits
                    String name = Qpack.string(in, at, 5, code);
                    table.insert(name, Qpack.string(in, at, 7, code));
                } else if ((b & 0x20) != 0) { // Set Dynamic Table Capacity: 001, capacity on 5 bits
                    table.capacity(Qpack.integer(in, at, 5, code));
                } else { // Duplicate: 000, relative index on 5 bits
                    QpackTable.Entry e = relative(Qpack.integer(in, at, 5, code), code);
                    table.insert(e.name(), e.value());
                }
            } catch (Qpack.Truncated t) {
                at[0] = start;
                break;
            }
        }
        encoderInput = java.util.Arrays.copyOfRange(in, at[0], in.length);
    }

    /** Insert Count Increment (§4.4.3) for the inserts received that no acknowledgment has covered yet, if any. */
    public void acknowledgeInserts() {
        long increment = table.insertCount() - acknowledged;
        if (increment > 0) {
            Qpack.integer(decoderStream, 0x00, 6, increment);
            acknowledged = table.insertCount();
        }
    }

    /**
     * The field lines of {@code streamId}'s section, or empty when it is blocked: it names more inserts than have arrived
     * (§2.1.2); {@link #unblocked} gives it once they have. More blocked streams than announced is QPACK_DECOMPRESSION_FAILED.
     */
    public Optional<List<Qpack.FieldLine>> decode(long streamId, byte[] section) {
        int[] at = {0};
        long code = H3Exception.QPACK_DECOMPRESSION_FAILED;
        long required = table.decodeInsertCount(Qpack.integer(section, at, 8, code));
        if (required > table.insertCount()) {
            if (blocked.size() >= maxBlockedStreams) {
                throw new H3Exception(code, "more than " + maxBlockedStreams + " blocked streams (RFC 9204 §2.1.2)");
            }
            blocked.put(streamId, section.clone());
            return Optional.empty();
        }
        if (at[0] >= section.length) {
            throw new H3Exception(code, "a field section cut short");
        }
        boolean sign = (section[at[0]] & 0x80) != 0;
        long delta = Qpack.integer(section, at, 7, code);
        long base = sign ? required - delta - 1 : required + delta;
        List<Qpack.FieldLine> out = new ArrayList<>();
        while (at[0] < section.length) {
            out.add(line(section, at, base, required));
        }
        if (required > 0) {
            Qpack.integer(decoderStream, 0x80, 7, streamId); // Section Acknowledgment (§4.4.1)
            acknowledged = Math.max(acknowledged, required);
        }
        return Optional.of(out);
    }

    /** The blocked sections the inserts received so far let through, decoded, by stream. */
    public Map<Long, List<Qpack.FieldLine>> unblocked() {
        Map<Long, List<Qpack.FieldLine>> out = new LinkedHashMap<>();
        for (Map.Entry<Long, byte[]> e : List.copyOf(blocked.entrySet())) {
            blocked.remove(e.getKey());
            decode(e.getKey(), e.getValue()).ifPresent(f -> out.put(e.getKey(), f));
        }
        return out;
    }

    /** The stream was reset or its reading abandoned: a blocked section is dropped and the encoder told (§4.4.2). */
    public void cancel(long streamId) {
        if (blocked.remove(streamId) != null) {
            Qpack.integer(decoderStream, 0x40, 6, streamId);
        }
    }

    private Qpack.FieldLine line(byte[] in, int[] at, long base, long required) {
        long code = H3Exception.QPACK_DECOMPRESSION_FAILED;
        int b = in[at[0]] & 0xFF;
        if ((b & 0x80) != 0) { // Indexed Field Line: 1, T, index on 6 bits
            long index = Qpack.integer(in, at, 6, code);
            return (b & 0x40) != 0 ? field(staticEntry(index, code)) : field(dynamic(base - index - 1, required));
        }
        if ((b & 0x40) != 0) { // Literal Field Line with Name Reference: 01, N, T, index on 4 bits
            long index = Qpack.integer(in, at, 4, code);
            String name = (b & 0x10) != 0 ? staticEntry(index, code).name() : dynamic(base - index - 1, required).name();
            return new Qpack.FieldLine(name, Qpack.string(in, at, 7, code));
        }
        if ((b & 0x20) != 0) { // Literal Field Line with Literal Name: 001, N, H, name length on 3 bits
            String name = Qpack.string(in, at, 3, code);
            return new Qpack.FieldLine(name, Qpack.string(in, at, 7, code));
        }
        if ((b & 0x10) != 0) { // Indexed Field Line with Post-Base Index: 0001, index on 4 bits
            return field(dynamic(base + Qpack.integer(in, at, 4, code), required));
        }
        // Literal Field Line with Post-Base Name Reference: 0000, N, index on 3 bits
        String name = dynamic(base + Qpack.integer(in, at, 3, code), required).name();
        return new Qpack.FieldLine(name, Qpack.string(in, at, 7, code));
    }

    /** A dynamic reference must fall below the section's Required Insert Count (§4.5.1.1). */
    private QpackTable.Entry dynamic(long absolute, long required) {
        if (absolute < 0 || absolute >= required) {
            throw new H3Exception(H3Exception.QPACK_DECOMPRESSION_FAILED, "a reference to dynamic entry " + absolute
                    + ", outside the section's Required Insert Count of " + required + " (RFC 9204 §4.5.1.1)");
        }
        return table.get(absolute, H3Exception.QPACK_DECOMPRESSION_FAILED);
    }

    private QpackTable.Entry relative(long index, long code) {
        return table.get(table.insertCount() - index - 1, code);
    }

    private static QpackStaticTable.Entry staticEntry(long index, long code) {
        if (index >= QpackStaticTable.ENTRIES.size()) {
            throw new H3Exception(code, "static index " + index + " is past the table's 99 entries");
        }
        return QpackStaticTable.ENTRIES.get((int) index);
    }

    private static Qpack.FieldLine field(QpackStaticTable.Entry e) {
        return new Qpack.FieldLine(e.name(), e.value());
    }

    private static Qpack.FieldLine field(QpackTable.Entry e) {
        return new Qpack.FieldLine(e.name(), e.value());
    }
}
