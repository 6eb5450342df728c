package org.wirewise.model.http.hpack;

/**
 * How one string literal was sent (RFC 7541 §5.2): its raw octets, what the Huffman code makes of
 * it, and which the encoder chose. {@code sentOctets} counts the length prefix too.
 */
public record StringChoice(int rawOctets, int huffmanOctets, boolean huffman, int sentOctets) {

    /** Octets the Huffman code saved on this string (negative when it would have cost). */
    public int huffmanSaving() {
        return rawOctets - huffmanOctets;
    }
}
