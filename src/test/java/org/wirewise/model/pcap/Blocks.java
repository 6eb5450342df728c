package org.wirewise.model.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds pcap and pcapng bytes by hand, in either byte order, for cases no shared capture has. */
final class Blocks {

    private final ByteOrder order;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Blocks(ByteOrder order) {
        this.order = order;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    Blocks raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    // ---- classic pcap ----

    Blocks pcapHeader(int magic, int linkType) {
        return raw(buffer(24).putInt(magic).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(65535).putInt(linkType).array());
    }

    Blocks pcapRecord(long seconds, long fraction, byte[] data, int originalLength) {
        return raw(buffer(16 + data.length).putInt((int) seconds).putInt((int) fraction).putInt(data.length)
                .putInt(originalLength).put(data).array());
    }

    // ---- pcapng ----

    Blocks sectionHeader() {
        ByteBuffer body = buffer(16).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
        return block(0x0A0D0D0A, body.array());
    }

    /** @param tsresol the if_tsresol byte, or null for the default (microseconds) */
    Blocks interfaceDescription(int linkType, int snapLength, Byte tsresol, Long tsoffset) {
        ByteBuffer body = buffer(8 + 8 + 12 + 4).putShort((short) linkType).putShort((short) 0).putInt(snapLength);
        if (tsresol != null) {
            body.putShort((short) 9).putShort((short) 1).put(tsresol).put(new byte[3]);
        }
        if (tsoffset != null) {
            body.putShort((short) 14).putShort((short) 8).putLong(tsoffset);
        }
        body.putShort((short) 0).putShort((short) 0); // opt_endofopt
        return block(1, trimmed(body));
    }

    Blocks enhancedPacket(int interfaceId, long timestamp, byte[] data, int originalLength) {
        ByteBuffer body = buffer(20 + pad(data.length)).putInt(interfaceId).putInt((int) (timestamp >>> 32))
                .putInt((int) timestamp).putInt(data.length).putInt(originalLength).put(data);
        return block(6, body.array());
    }

    Blocks simplePacket(byte[] data) {
        return block(3, buffer(4 + pad(data.length)).putInt(data.length).put(data).array());
    }

    Blocks obsoletePacket(int interfaceId, long timestamp, byte[] data) {
        ByteBuffer body = buffer(20 + pad(data.length)).putShort((short) interfaceId).putShort((short) 0)
                .putInt((int) (timestamp >>> 32)).putInt((int) timestamp).putInt(data.length).putInt(data.length)
                .put(data);
        return block(2, body.array());
    }

    /** Any block: type, total length, body, total length. */
    Blocks block(int type, byte[] body) {
        int total = 12 + body.length;
        return raw(buffer(total).putInt(type).putInt(total).put(body).putInt(total).array());
    }

    private ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(order);
    }

    private static byte[] trimmed(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    private static int pad(int length) {
        return (length + 3) & ~3;
    }
}
