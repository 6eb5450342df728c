package org.wirewise.model.http.hpack;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An HPACK encoder (RFC 7541) that says why it sent each field as it did ({@link EncodedField}).
 * Lookups prefer an exact match (static, then dynamic), then a name match (static, then dynamic),
 * the order the RFC's Appendix C examples follow.
 */
public final class HpackEncoder {

    /** When a string literal is Huffman coded (§5.2). */
    public enum HuffmanMode {
        /** Only when it is strictly shorter (what nghttp2 and most stacks do). */
        SHORTER,
        /** Always, as RFC 7541 C.4 and C.6 do. */
        ALWAYS,
        /** Never, as C.3 and C.5 do. */
        NEVER
    }

    /** SETTINGS_HEADER_TABLE_SIZE's initial value (RFC 9113 §6.5.2). */
    public static final int DEFAULT_TABLE_SIZE = 4096;

    private final DynamicTable table;
    private final IndexingPolicy policy;
    private final HuffmanMode huffman;
    private int smallestPending = -1;
    private int lastPending = -1;

    public HpackEncoder(int tableSize, IndexingPolicy policy, HuffmanMode huffman) {
        this.table = new DynamicTable(tableSize);
        this.policy = policy;
        this.huffman = huffman;
    }

    public HpackEncoder() {
        this(DEFAULT_TABLE_SIZE, IndexingPolicy.BROWSER_LIKE, HuffmanMode.SHORTER);
    }

    /** The encoder's copy of the dynamic table, newest first. */
    public List<HeaderField> table() {
        return table.entries();
    }

    public int tableSize() {
        return table.size();
    }

    public int maxTableSize() {
        return table.maxSize();
    }

    /**
     * Uses a new maximum table size (at most what the peer allowed in SETTINGS_HEADER_TABLE_SIZE),
     * evicting now and signalling it at the start of the next block (§4.2, §6.3).
     */
    public List<HeaderField> setMaxTableSize(int size) {
        List<HeaderField> evicted = table.resize(size);
        smallestPending = smallestPending < 0 ? size : Math.min(smallestPending, size);
        lastPending = size;
        return evicted;
    }

    /** Encodes one header list as a block. */
    public HeaderBlock encode(List<HeaderField> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int update = -1;
        if (lastPending >= 0) {
            // §4.2: the smallest size since the last block first, then the final one.
            if (smallestPending < lastPending) {
                HpackInteger.encode(smallestPending, 5, 0x20, out);
            }
            HpackInteger.encode(lastPending, 5, 0x20, out);
            update = lastPending;
            smallestPending = -1;
            lastPending = -1;
        }
        List<EncodedField> encoded = new ArrayList<>();
        for (HeaderField f : fields) {
            EncodedField e = encode(f);
            out.writeBytes(e.octets());
            encoded.add(e);
        }
        return new HeaderBlock(out.toByteArray(), update, encoded, table.entries(), table.size());
    }

    private EncodedField encode(HeaderField f) {
        Representation literal = policy.literalFor(f);
        if (literal == Representation.INDEXED) {
            throw new IllegalStateException("an indexing policy chooses among the literal representations");
        }
        if (literal != Representation.NEVER_INDEXED) {
            int exact = StaticTable.indexOf(f);
            EncodedField.Reason reason = EncodedField.Reason.STATIC_MATCH;
            if (exact == 0 && table.indexOf(f) > 0) {
                exact = StaticTable.LENGTH + table.indexOf(f);
                reason = EncodedField.Reason.DYNAMIC_MATCH;
            }
            if (exact > 0) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                HpackInteger.encode(exact, 7, 0x80, out);
                return new EncodedField(f, Representation.INDEXED, reason, exact, Optional.empty(),
                        Optional.empty(), out.toByteArray(), List.of());
            }
        }
        EncodedField.Reason reason = switch (literal) {
            case NEVER_INDEXED -> EncodedField.Reason.SENSITIVE;
            case WITHOUT_INDEXING -> EncodedField.Reason.NOT_WORTH_INDEXING;
            default -> EncodedField.Reason.NEW_ENTRY;
        };
        if (literal == Representation.INCREMENTAL_INDEXING && f.size() > table.maxSize()) {
            literal = Representation.WITHOUT_INDEXING;
            reason = EncodedField.Reason.LARGER_THAN_TABLE;
        }
        int nameIndex = StaticTable.indexOfName(f.name());
        if (nameIndex == 0 && table.indexOfName(f.name()) > 0) {
            nameIndex = StaticTable.LENGTH + table.indexOfName(f.name());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HpackInteger.encode(nameIndex, literal.prefixBits(), literal.pattern(), out);
        Optional<StringChoice> name = Optional.empty();
        if (nameIndex == 0) {
            name = Optional.of(writeString(f.name(), out));
        }
        Optional<StringChoice> value = Optional.of(writeString(f.value(), out));
        List<HeaderField> evicted = literal.inserts() ? table.add(f) : List.of();
        return new EncodedField(f, literal, reason, nameIndex, name, value, out.toByteArray(), evicted);
    }

    private StringChoice writeString(String s, ByteArrayOutputStream out) {
        byte[] raw = HeaderField.octets(s);
        int huffmanLength = Huffman.encodedLength(raw);
        boolean useHuffman = switch (huffman) {
            case ALWAYS -> true;
            case NEVER -> false;
            case SHORTER -> huffmanLength < raw.length;
        };
        byte[] body = useHuffman ? Huffman.encode(raw) : raw;
        int before = out.size();
        HpackInteger.encode(body.length, 7, useHuffman ? 0x80 : 0, out);
        out.writeBytes(body);
        return new StringChoice(raw.length, huffmanLength, useHuffman, out.size() - before);
    }
}
