package org.wirewise.model.packet;

import java.util.List;
import java.util.Objects;

/**
 * One named field of a dissected packet and the bytes it occupies, as in Wireshark's packet
 * details pane: a frame's root field spans the whole frame, each layer spans its header and
 * payload, each leaf spans the bytes of one header field.
 *
 * @param name     what the field is ("Source Port", "Flags", "Internet Protocol Version 4")
 * @param value    its value as a person reads it ("443", "0x012 (SYN, ACK)"), empty for layers
 * @param offset   first byte of the field within the frame
 * @param length   number of bytes; a field narrower than a byte (flags, header length) covers
 *                 the byte or bytes it lives in
 * @param children sub-fields, in wire order
 */
public record Field(String name, String value, int offset, int length, List<Field> children) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        children = List.copyOf(children);
    }

    public static Field leaf(String name, String value, int offset, int length) {
        return new Field(name, value, offset, length, List.of());
    }

    /** Wireshark-style one-line summary: "Source Port: 443". */
    public String summary() {
        return value.isEmpty() ? name : name + ": " + value;
    }

    /** One past the last byte. */
    public int end() {
        return offset + length;
    }
}
