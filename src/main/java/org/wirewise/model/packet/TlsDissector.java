package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * TLS records (RFC 8446 §5.1, §5.2): on port 443 a payload is TLS when it starts with a record
 * header (content type 20 to 23, version 3.x); elsewhere when it starts with a TLS 1.3
 * application data record. TLS 1.3 application data records show as
 * Wireshark shows them ("TLSv1.3 Record Layer", "Opaque Type"); a record longer than the segment
 * says the rest follows, since there is no reassembly; bytes after the last record are Data.
 */
final class TlsDissector {

    static final String NAME = "Transport Layer Security";
    static final int HEADER_LENGTH = 5;
    private static final int APPLICATION_DATA = 23;

    private TlsDissector() {
    }

    /**
     * On any port: only a TLS 1.3 application data record (23, 0x0303) is taken for TLS, the
     * bytes every TLS 1.3 connection carries after its handshake; a handshake-looking prefix
     * elsewhere is too weak a sign.
     */
    static boolean applicationData(byte[] b, int off, int end, List<Field> layers) {
        return end - off >= HEADER_LENGTH && (b[off] & 0xFF) == APPLICATION_DATA && Wire.u16(b, off + 1) == 0x0303
                && dissect(b, off, end, layers);
    }

    /** On the TLS port: records of any content type. */
    static boolean dissect(byte[] b, int off, int end, List<Field> layers) {
        List<Field> records = new ArrayList<>();
        int at = off;
        while (at + HEADER_LENGTH <= end && isRecordHeader(b, at)) {
            int type = b[at] & 0xFF;
            int length = Wire.u16(b, at + 3);
            int available = Math.min(length, end - at - HEADER_LENGTH);
            String data = available == length ? length + " bytes"
                    : available + " of " + length + " bytes (the rest follows in the next segment)";
            int version = Wire.u16(b, at + 1);
            boolean opaque = type == APPLICATION_DATA && version == 0x0303;
            records.add(new Field(opaque ? "TLSv1.3 Record Layer" : "TLS Record Layer", contentType(type), at,
                    HEADER_LENGTH + available, List.of(
                    Field.leaf(opaque ? "Opaque Type" : "Content Type", contentType(type) + " (" + type + ")", at, 1),
                    Field.leaf("Version", versionName(version) + " (" + Names.hex(version, 4) + ")", at + 1, 2),
                    Field.leaf("Length", Integer.toString(length), at + 3, 2),
                    Field.leaf(opaque ? "Encrypted Application Data" : contentType(type), data, at + HEADER_LENGTH,
                            available))));
            at += HEADER_LENGTH + available;
        }
        if (records.isEmpty()) {
            return false;
        }
        if (at < end) {
            records.add(Field.leaf("Data", (end - at) + " bytes", at, end - at));
        }
        layers.add(new Field(NAME, "", off, end - off, records));
        return true;
    }

    private static boolean isRecordHeader(byte[] b, int at) {
        int type = b[at] & 0xFF;
        return type >= 20 && type <= APPLICATION_DATA && b[at + 1] == 3 && (b[at + 2] & 0xFF) <= 4;
    }

    private static String contentType(int type) {
        return switch (type) {
            case 20 -> "Change Cipher Spec";
            case 21 -> "Alert";
            case 22 -> "Handshake";
            default -> "Application Data";
        };
    }

    private static String versionName(int version) {
        return switch (version) {
            case 0x0300 -> "SSL 3.0";
            case 0x0301 -> "TLS 1.0";
            case 0x0302 -> "TLS 1.1";
            case 0x0303 -> "TLS 1.2";
            default -> "TLS 1.3";
        };
    }
}
