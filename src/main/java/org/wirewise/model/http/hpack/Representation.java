package org.wirewise.model.http.hpack;

/** The ways a field can be sent in a header block (RFC 7541 §6). */
public enum Representation {
    /** §6.1: the whole field is an index into the static or dynamic table. */
    INDEXED("6.1", 0x80, 7),
    /** §6.2.1: a literal the decoder adds to its dynamic table. */
    INCREMENTAL_INDEXING("6.2.1", 0x40, 6),
    /** §6.2.2: a literal the decoder does not add; a proxy may re-encode it as it likes. */
    WITHOUT_INDEXING("6.2.2", 0x00, 4),
    /** §6.2.3: a literal no hop may ever index, for values a compression attack could guess. */
    NEVER_INDEXED("6.2.3", 0x10, 4);

    private final String section;
    private final int pattern;
    private final int prefixBits;

    Representation(String section, int pattern, int prefixBits) {
        this.section = section;
        this.pattern = pattern;
        this.prefixBits = prefixBits;
    }

    /** "RFC 7541 §..." section defining it. */
    public String section() {
        return section;
    }

    int pattern() {
        return pattern;
    }

    int prefixBits() {
        return prefixBits;
    }

    /** Whether the decoder adds the field to its dynamic table. */
    public boolean inserts() {
        return this == INCREMENTAL_INDEXING;
    }

    /** The representation a first octet starts, by its high bits (§6). */
    static Representation of(int firstOctet) {
        if ((firstOctet & 0x80) != 0) {
            return INDEXED;
        }
        if ((firstOctet & 0x40) != 0) {
            return INCREMENTAL_INDEXING;
        }
        if ((firstOctet & 0xf0) == 0x10) {
            return NEVER_INDEXED;
        }
        return WITHOUT_INDEXING;
    }
}
