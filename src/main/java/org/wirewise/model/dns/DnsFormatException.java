package org.wirewise.model.dns;

/** Bytes that are not a DNS message this model reads; the message says what and where. */
public final class DnsFormatException extends Exception {

    private final int offset;

    public DnsFormatException(String problem, int offset) {
        super(problem + " (at byte " + offset + ")");
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
