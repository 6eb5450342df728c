package org.wirewise.model.http.h3;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.quic.VarInt;

/** An HTTP/3 frame (RFC 9114 §7.1): type and length as variable-length integers, then the payload. */
public record H3Frame(long type, byte[] payload) {

    public static final long DATA = 0x00;
    public static final long HEADERS = 0x01;
    public static final long SETTINGS = 0x04;
    public static final long GOAWAY = 0x07;
    /** The control stream's type byte on a unidirectional stream (§6.2.1). */
    public static final long CONTROL_STREAM = 0x00;

    public H3Frame {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(VarInt.encode(type));
        out.writeBytes(VarInt.encode(payload.length));
        out.writeBytes(payload);
        return out.toByteArray();
    }

    public String name() {
        return type == DATA ? "DATA" : type == HEADERS ? "HEADERS" : type == SETTINGS ? "SETTINGS" : type == GOAWAY ? "GOAWAY"
                : "0x" + Long.toHexString(type);
    }

    /** The whole frames at the start of {@code bytes} from {@code offset}; {@code consumed[0]} says where they end. */
    public static List<H3Frame> decode(byte[] bytes, int offset, int[] consumed) {
        List<H3Frame> out = new ArrayList<>();
        int at = offset;
        while (at < bytes.length) {
            int typeLength = VarInt.lengthOf(bytes[at]);
            if (at + typeLength >= bytes.length) {
                break;
            }
            int lengthAt = at + typeLength;
            int lengthLength = VarInt.lengthOf(bytes[lengthAt]);
            if (lengthAt + lengthLength > bytes.length) {
                break;
            }
            long length = VarInt.decode(bytes, lengthAt);
            int start = lengthAt + lengthLength;
            if (start + length > bytes.length) {
                break;
            }
            out.add(new H3Frame(VarInt.decode(bytes, at), java.util.Arrays.copyOfRange(bytes, start, start + (int) length)));
            at = start + (int) length;
        }
        consumed[0] = at;
        return out;
    }
}
