package org.wirewise.model.http.hpack;

/**
 * A header block that cannot be decoded: what is wrong and at which octet. HTTP/2 treats it as
 * a connection error of type COMPRESSION_ERROR (RFC 9113 §4.3).
 */
public final class HpackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public HpackException(String message, int offset) {
        super(message + " (at octet " + offset + ")");
        this.offset = offset;
    }

    /** Octet of the block where the problem was found. */
    public int offset() {
        return offset;
    }
}
