package org.wirewise.model.pcap;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The pcapng format (draft-ietf-opsawg-pcapng): a sequence of blocks, each "type, total length,
 * body, total length again", 32-bit aligned. A Section Header Block starts each section and
 * sets its byte order; Interface Description Blocks number the section's interfaces from 0 and
 * give their link type and timestamp resolution; packet blocks refer to an interface.
 */
final class PcapngParser {

    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE_DESCRIPTION = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int ENHANCED_PACKET = 6;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int OPTION_END = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    private final byte[] bytes;
    private final ByteBuffer in;
    private final List<Interface> interfaces = new ArrayList<>();
    private final Capture.Builder packets;
    private int firstLinkType = -1;

    private PcapngParser(byte[] bytes) {
        this.bytes = bytes;
        this.in = ByteBuffer.wrap(bytes);
        this.packets = new Capture.Builder(bytes.length / 100, bytes.length);
    }

    static Capture parse(byte[] bytes) throws PcapFormatException {
        return new PcapngParser(bytes).parse();
    }

    private Capture parse() throws PcapFormatException {
        int position = 0;
        while (position < bytes.length) {
            int remaining = bytes.length - position;
            if (remaining < 12) {
                throw new PcapFormatException("pcapng block at offset " + position + " truncated: " + remaining
                        + " bytes remain, a block needs at least 12");
            }
            int type = in.getInt(position); // a section header's type reads the same in both orders
            if (type == SECTION_HEADER) {
                startSection(position);
            }
            long total = Integer.toUnsignedLong(in.getInt(position + 4));
            if (total < 12 || total % 4 != 0) {
                throw new PcapFormatException("pcapng block at offset " + position + " has length " + total
                        + ", which is not a multiple of 4 of at least 12");
            }
            if (total > remaining) {
                throw new PcapFormatException("pcapng block at offset " + position + " truncated: it says "
                        + total + " bytes, " + remaining + " remain");
            }
            int end = position + (int) total;
            long trailing = Integer.toUnsignedLong(in.getInt(end - 4));
            if (trailing != total) {
                throw new PcapFormatException("pcapng block at offset " + position + ": trailing length " + trailing
                        + " does not match leading length " + total);
            }
            int body = position + 8;
            int bodyEnd = end - 4;
            switch (type) {
                case INTERFACE_DESCRIPTION -> interfaceDescription(position, body, bodyEnd);
                case ENHANCED_PACKET -> enhancedPacket(position, body, bodyEnd);
                case SIMPLE_PACKET -> simplePacket(position, body, bodyEnd);
                case OBSOLETE_PACKET -> obsoletePacket(position, body, bodyEnd);
                default -> { } // statistics, name resolution, journal and custom blocks are not needed
            }
            position = end;
        }
        if (firstLinkType < 0) {
            throw new PcapFormatException("pcapng file has no interface description block, so its link type is unknown");
        }
        return packets.build(firstLinkType);
    }

    /** A new section: its own byte order, and interface numbering restarts at 0. */
    private void startSection(int position) throws PcapFormatException {
        if (bytes.length - position < 16) {
            throw new PcapFormatException("pcapng section header at offset " + position + " truncated");
        }
        int magic = ByteBuffer.wrap(bytes, position + 8, 4).order(ByteOrder.BIG_ENDIAN).getInt();
        if (magic == BYTE_ORDER_MAGIC) {
            in.order(ByteOrder.BIG_ENDIAN);
        } else if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
            in.order(ByteOrder.LITTLE_ENDIAN);
        } else {
            throw new PcapFormatException(String.format(
                    "pcapng section header at offset %d has byte-order magic 0x%08x, expected 0x1a2b3c4d", position, magic));
        }
        int major = Short.toUnsignedInt(in.getShort(position + 12));
        if (major != 1) {
            throw new PcapFormatException("pcapng section at offset " + position + " has version " + major
                    + ", only 1 is defined");
        }
        interfaces.clear();
    }

    private void interfaceDescription(int position, int body, int bodyEnd) throws PcapFormatException {
        requireBody(position, "interface description", body, bodyEnd, 8);
        int linkType = Short.toUnsignedInt(in.getShort(body));
        long snapLength = Integer.toUnsignedLong(in.getInt(body + 4));
        Resolution resolution = Resolution.MICROSECONDS;
        long offsetSeconds = 0;
        int option = body + 8;
        while (option + 4 <= bodyEnd) {
            int code = Short.toUnsignedInt(in.getShort(option));
            int length = Short.toUnsignedInt(in.getShort(option + 2));
            int value = option + 4;
            if (code == OPTION_END) {
                break;
            }
            if (value + length > bodyEnd) {
                throw new PcapFormatException("interface " + interfaces.size() + " (block at offset " + position
                        + "): option " + code + " runs past the end of its block");
            }
            if (code == IF_TSRESOL && length == 1) {
                resolution = new Resolution(bytes[value]);
            } else if (code == IF_TSOFFSET && length == 8) {
                offsetSeconds = in.getLong(value);
            }
            option = value + (length + 3 & ~3);
        }
        if (firstLinkType < 0) {
            firstLinkType = linkType;
        }
        interfaces.add(new Interface(linkType, snapLength, resolution, offsetSeconds));
    }

    private void enhancedPacket(int position, int body, int bodyEnd) throws PcapFormatException {
        int number = packets.size() + 1;
        requireBody(position, "packet " + number, body, bodyEnd, 20);
        Interface owner = interfaceOf(number, Integer.toUnsignedLong(in.getInt(body)));
        requireFirstLinkType(number, owner);
        long timestamp = Integer.toUnsignedLong(in.getInt(body + 4)) << 32 | Integer.toUnsignedLong(in.getInt(body + 8));
        long captured = Integer.toUnsignedLong(in.getInt(body + 12));
        long original = Integer.toUnsignedLong(in.getInt(body + 16));
        addPacket(number, owner.nanos(timestamp, number), body + 20, captured, original, bodyEnd);
    }

    /** Simple Packet Block: interface 0, no timestamp (0 is used), captured length implied by the block. */
    private void simplePacket(int position, int body, int bodyEnd) throws PcapFormatException {
        int number = packets.size() + 1;
        requireBody(position, "packet " + number, body, bodyEnd, 4);
        Interface owner = interfaceOf(number, 0);
        requireFirstLinkType(number, owner);
        long original = Integer.toUnsignedLong(in.getInt(body));
        long captured = Math.min(original, bodyEnd - body - 4L);
        if (owner.snapLength > 0) {
            captured = Math.min(captured, owner.snapLength);
        }
        addPacket(number, 0, body + 4, captured, original, bodyEnd);
    }

    /** The Packet Block of early pcapng writers: a 16-bit interface id and a drops count first. */
    private void obsoletePacket(int position, int body, int bodyEnd) throws PcapFormatException {
        int number = packets.size() + 1;
        requireBody(position, "packet " + number, body, bodyEnd, 20);
        Interface owner = interfaceOf(number, Short.toUnsignedInt(in.getShort(body)));
        requireFirstLinkType(number, owner);
        long timestamp = Integer.toUnsignedLong(in.getInt(body + 4)) << 32 | Integer.toUnsignedLong(in.getInt(body + 8));
        addPacket(number, owner.nanos(timestamp, number), body + 20,
                Integer.toUnsignedLong(in.getInt(body + 12)), Integer.toUnsignedLong(in.getInt(body + 16)), bodyEnd);
    }

    private void addPacket(int number, long nanos, int data, long captured, long original, int bodyEnd)
            throws PcapFormatException {
        if (captured > bodyEnd - data) {
            throw new PcapFormatException("packet " + number + " truncated: block says " + captured
                    + " captured bytes, the block holds " + (bodyEnd - data));
        }
        if (original > Integer.MAX_VALUE) {
            throw new PcapFormatException("packet " + number + " has an original length of " + original
                    + " bytes, more than any link can carry");
        }
        packets.add(nanos, (int) Math.max(original, captured), bytes, data, (int) captured);
    }

    private Interface interfaceOf(int number, long id) throws PcapFormatException {
        if (id >= interfaces.size()) {
            throw new PcapFormatException("packet " + number + " refers to interface " + id + ", but its section "
                    + "describes " + interfaces.size() + (interfaces.size() == 1 ? " interface" : " interfaces"));
        }
        return interfaces.get((int) id);
    }

    /**
     * A capture holds one link type ({@link Capture#linkType()}); packets of an interface with
     * another would be read as if they had the first one's header, so such a file is refused.
     */
    private void requireFirstLinkType(int number, Interface owner) throws PcapFormatException {
        if (owner.linkType() != firstLinkType) {
            throw new PcapFormatException("packet " + number + " was captured on an interface of link type "
                    + LinkType.name(owner.linkType()) + ", the first interface's is " + LinkType.name(firstLinkType)
                    + "; captures with one link type can be opened (split this one by interface with tshark -Y "
                    + "frame.interface_id==N -w FILE)");
        }
    }

    private static void requireBody(int position, String what, int body, int bodyEnd, int needed)
            throws PcapFormatException {
        if (bodyEnd - body < needed) {
            throw new PcapFormatException(what + " (block at offset " + position + ") truncated: its body has "
                    + (bodyEnd - body) + " bytes, needs " + needed);
        }
    }

    /** An interface of the current section: what its packets' timestamps mean. */
    private record Interface(int linkType, long snapLength, Resolution resolution, long offsetSeconds) {

        long nanos(long units, int number) throws PcapFormatException {
            BigInteger nanos = resolution.toNanos(units).add(BigInteger.valueOf(offsetSeconds).multiply(BILLION));
            if (nanos.bitLength() > 63) {
                throw new PcapFormatException("packet " + number + " has a timestamp outside the years 1678..2262");
            }
            return nanos.longValue();
        }
    }

    /**
     * if_tsresol: the high bit clear means units of 10^-n seconds, set means 2^-n; absent means
     * microseconds. Timestamps are unsigned 64-bit counts of those units.
     */
    private record Resolution(int code) {

        static final Resolution MICROSECONDS = new Resolution(6);

        Resolution(byte code) {
            this(code & 0xFF);
        }

        BigInteger toNanos(long units) {
            BigInteger value = new BigInteger(Long.toUnsignedString(units));
            int exponent = code & 0x7F;
            if ((code & 0x80) != 0) {
                return value.multiply(BILLION).shiftRight(exponent);
            }
            return exponent <= 9
                    ? value.multiply(BigInteger.TEN.pow(9 - exponent))
                    : value.divide(BigInteger.TEN.pow(exponent - 9));
        }
    }
}
