package org.wirewise.model.pcap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The classic libpcap format: a 24-byte file header whose magic number gives the byte order and
 * the timestamp unit (0xa1b2c3d4 microseconds, 0xa1b23c4d nanoseconds), then records of a
 * 16-byte header (seconds, fraction, captured length, original length) and the captured bytes.
 */
final class ClassicPcapParser {

    private static final int MICROS = 0xA1B2C3D4;
    private static final int NANOS = 0xA1B23C4D;

    private ClassicPcapParser() {
    }

    static boolean recognizes(int magic) {
        return magic == MICROS || magic == NANOS
                || magic == Integer.reverseBytes(MICROS) || magic == Integer.reverseBytes(NANOS);
    }

    /** @param magic the first four bytes read big-endian */
    static Capture parse(byte[] bytes, int magic) throws PcapFormatException {
        boolean bigEndian = magic == MICROS || magic == NANOS;
        long nanosPerUnit = magic == MICROS || magic == Integer.reverseBytes(MICROS) ? 1_000 : 1;
        if (bytes.length < PcapWriter.FILE_HEADER_LENGTH) {
            throw new PcapFormatException("pcap file header truncated: needs 24 bytes, the file has " + bytes.length);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int major = Short.toUnsignedInt(in.getShort(4));
        int minor = Short.toUnsignedInt(in.getShort(6));
        if (major != 2) {
            throw new PcapFormatException("unsupported pcap version " + major + "." + minor + " (only 2.x is defined)");
        }
        // The low 28 bits are the link type; the top bits may carry FCS information we do not use.
        int linkType = in.getInt(20) & 0x0FFF_FFFF;
        // About a packet per 100 bytes; the arrays grow if there are more.
        Capture.Builder packets = new Capture.Builder(bytes.length / 100, bytes.length);
        int position = PcapWriter.FILE_HEADER_LENGTH;
        int number = 1;
        while (position < bytes.length) {
            int remaining = bytes.length - position;
            if (remaining < PcapWriter.RECORD_HEADER_LENGTH) {
                throw new PcapFormatException("record " + number + " truncated: only " + remaining
                        + " of its 16 header bytes remain");
            }
            long seconds = Integer.toUnsignedLong(in.getInt(position));
            long fraction = Integer.toUnsignedLong(in.getInt(position + 4));
            long captured = Integer.toUnsignedLong(in.getInt(position + 8));
            long original = Integer.toUnsignedLong(in.getInt(position + 12));
            int bodyRemaining = remaining - PcapWriter.RECORD_HEADER_LENGTH;
            if (captured > bodyRemaining) {
                throw new PcapFormatException("record " + number + " truncated: header says " + captured
                        + " bytes, " + bodyRemaining + " remain");
            }
            if (original > Integer.MAX_VALUE) {
                throw new PcapFormatException("record " + number + " has an original length of " + original
                        + " bytes, more than any link can carry");
            }
            int start = position + PcapWriter.RECORD_HEADER_LENGTH;
            // A writer that stores less than it captured is wrong; keep the bytes rather than refuse the file.
            int originalLength = (int) Math.max(original, captured);
            packets.add(seconds * 1_000_000_000L + fraction * nanosPerUnit, originalLength, bytes, start, (int) captured);
            position = start + (int) captured;
            number++;
        }
        return packets.build(linkType);
    }
}
