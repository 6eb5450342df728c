package org.wirewise.model.http.hpack;

import java.util.ArrayList;
import java.util.List;

/**
 * An HPACK decoder (RFC 7541 §3, §6). A block it cannot decode throws {@link HpackException}
 * saying what and where; the connection is then unusable (RFC 9113 §4.3), since the tables no
 * longer agree.
 */
public final class HpackDecoder {

    /** Default cap on a decoded list (name + value + 32 per field, RFC 9113 §6.5.2's measure). */
    public static final int DEFAULT_MAX_LIST_SIZE = 64 * 1024;

    private final DynamicTable table;
    private int limit;
    private final int maxListSize;

    /**
     * @param limit the SETTINGS_HEADER_TABLE_SIZE this side announced: the most a size update
     *              may ask for, and the table's initial size
     */
    public HpackDecoder(int limit, int maxListSize) {
        this.table = new DynamicTable(limit);
        this.limit = limit;
        this.maxListSize = maxListSize;
    }

    public HpackDecoder() {
        this(HpackEncoder.DEFAULT_TABLE_SIZE, DEFAULT_MAX_LIST_SIZE);
    }

    public List<HeaderField> table() {
        return table.entries();
    }

    public int tableSize() {
        return table.size();
    }

    public int maxTableSize() {
        return table.maxSize();
    }

    /** A new SETTINGS_HEADER_TABLE_SIZE this side announced (and the peer acknowledged). */
    public void setLimit(int newLimit) {
        limit = newLimit;
        if (table.maxSize() > newLimit) {
            table.resize(newLimit);
        }
    }

    /** Decodes one complete header block into its fields, updating the dynamic table. */
    public List<HeaderField> decode(byte[] block) {
        HpackReader in = new HpackReader(block);
        List<HeaderField> fields = new ArrayList<>();
        int listSize = 0;
        boolean fieldSeen = false;
        while (in.hasMore()) {
            int at = in.position();
            int first = in.peek();
            if ((first & 0xe0) == 0x20) {
                if (fieldSeen) {
                    throw new HpackException("a table size update after a field (§4.2 allows it only first)", at);
                }
                int size = HpackInteger.decode(in, 5);
                if (size > limit) {
                    throw new HpackException("a table size update to " + size + " above the announced "
                            + limit, at);
                }
                table.resize(size);
                continue;
            }
            fieldSeen = true;
            HeaderField field = readField(in, Representation.of(first), at);
            listSize += field.size();
            if (listSize > maxListSize) {
                throw new HpackException("the header list exceeds " + maxListSize + " octets", at);
            }
            fields.add(field);
        }
        return fields;
    }

    private HeaderField readField(HpackReader in, Representation rep, int at) {
        if (rep == Representation.INDEXED) {
            int index = HpackInteger.decode(in, 7);
            if (index == 0) {
                throw new HpackException("index 0 (§6.1)", at);
            }
            return entry(index, at);
        }
        int nameIndex = HpackInteger.decode(in, rep.prefixBits());
        String name = nameIndex == 0 ? readString(in) : entry(nameIndex, at).name();
        HeaderField field = new HeaderField(name, readString(in));
        if (rep.inserts()) {
            table.add(field);
        }
        return field;
    }

    private HeaderField entry(int index, int at) {
        if (index <= StaticTable.LENGTH) {
            return StaticTable.get(index);
        }
        int dynamic = index - StaticTable.LENGTH;
        if (dynamic > table.length()) {
            throw new HpackException("index " + index + " beyond the " + StaticTable.LENGTH + " static and "
                    + table.length() + " dynamic entries", at);
        }
        return table.get(dynamic);
    }

    private static String readString(HpackReader in) {
        boolean huffman = (in.peek() & 0x80) != 0;
        int length = HpackInteger.decode(in, 7);
        int at = in.position();
        byte[] body = in.take(length);
        return HeaderField.string(huffman ? Huffman.decode(body, at) : body);
    }
}
