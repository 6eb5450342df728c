package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes and reads the options area of a TCP header (RFC 9293 §3.2). */
final class TcpOptionCodec {

    /** The data offset field is 4 bits of 32-bit words: at most 60 header bytes, 40 of options. */
    static final int MAX_OPTIONS_LENGTH = 40;

    private TcpOptionCodec() {
    }

    /** Bytes the options take on the wire before padding. */
    static int rawLength(List<TcpOption> options) {
        int total = 0;
        for (TcpOption option : options) {
            total += option.length();
        }
        return total;
    }

    /** Writes the options at {@code offset}; the caller's array is zeroed, so padding is zero (EOL) bytes. */
    static void write(List<TcpOption> options, byte[] b, int offset) {
        int i = offset;
        for (TcpOption option : options) {
            b[i] = (byte) option.kind();
            if (option.length() > 1) {
                b[i + 1] = (byte) option.length();
            }
            // Java 17 has no pattern switch; the single-byte and empty options write nothing more.
            if (option instanceof TcpOption.Mss mss) {
                Wire.put16(b, i + 2, mss.mss());
            } else if (option instanceof TcpOption.WindowScale ws) {
                b[i + 2] = (byte) ws.shift();
            } else if (option instanceof TcpOption.Sack sack) {
                int j = i + 2;
                for (SackBlock block : sack.blocks()) {
                    Wire.put32(b, j, block.left());
                    Wire.put32(b, j + 4, block.right());
                    j += 8;
                }
            } else if (option instanceof TcpOption.Timestamps ts) {
                Wire.put32(b, i + 2, ts.tsVal());
                Wire.put32(b, i + 6, ts.tsEcr());
            } else if (option instanceof TcpOption.Unknown unknown) {
                byte[] data = unknown.data();
                System.arraycopy(data, 0, b, i + 2, data.length);
            }
            i += option.length();
        }
    }

    /**
     * Reads options until the end of the area or an End of Option List, which is included in the
     * result; the bytes after it are padding and are not read.
     */
    static List<TcpOption> read(byte[] b, int offset, int length) {
        List<TcpOption> options = new ArrayList<>();
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int kind = Wire.u8(b, i);
            if (kind == TcpOption.KIND_EOL) {
                options.add(new TcpOption.EndOfOptions());
                break;
            }
            if (kind == TcpOption.KIND_NOP) {
                options.add(new TcpOption.Nop());
                i++;
                continue;
            }
            OptionHeader header = header(b, i, end);
            options.add(decodeOne(b, i, header));
            i += header.length;
        }
        return options;
    }

    /** Kind and length of a TLV option, checked against the end of the options area. */
    record OptionHeader(int kind, int length) {
    }

    static OptionHeader header(byte[] b, int i, int end) {
        int kind = Wire.u8(b, i);
        if (i + 1 >= end) {
            throw new MalformedPacketException(i, "TCP option kind " + kind + " has no length byte");
        }
        int length = Wire.u8(b, i + 1);
        if (length < 2) {
            throw new MalformedPacketException(i + 1, "TCP option kind " + kind + " has length " + length
                    + ", less than the 2 bytes of kind and length");
        }
        if (i + length > end) {
            throw new MalformedPacketException(i + 1, "TCP option kind " + kind + " has length " + length
                    + " but only " + (end - i) + " bytes of options remain");
        }
        return new OptionHeader(kind, length);
    }

    private static TcpOption decodeOne(byte[] b, int i, OptionHeader h) {
        return switch (h.kind) {
            case TcpOption.KIND_MSS -> {
                expectLength(i, h, 4);
                yield new TcpOption.Mss(Wire.u16(b, i + 2));
            }
            case TcpOption.KIND_WINDOW_SCALE -> {
                expectLength(i, h, 3);
                yield new TcpOption.WindowScale(Wire.u8(b, i + 2));
            }
            case TcpOption.KIND_SACK_PERMITTED -> {
                expectLength(i, h, 2);
                yield new TcpOption.SackPermitted();
            }
            case TcpOption.KIND_SACK -> {
                if ((h.length - 2) % 8 != 0 || h.length < 10) {
                    throw new MalformedPacketException(i + 1,
                            "SACK option length " + h.length + " is not 2 + 8 × blocks (RFC 2018 §3)");
                }
                List<SackBlock> blocks = new ArrayList<>();
                for (int j = i + 2; j < i + h.length; j += 8) {
                    blocks.add(new SackBlock(Wire.u32(b, j), Wire.u32(b, j + 4)));
                }
                yield new TcpOption.Sack(blocks);
            }
            case TcpOption.KIND_TIMESTAMPS -> {
                expectLength(i, h, 10);
                yield new TcpOption.Timestamps(Wire.u32(b, i + 2), Wire.u32(b, i + 6));
            }
            default -> new TcpOption.Unknown(h.kind, Arrays.copyOfRange(b, i + 2, i + h.length));
        };
    }

    private static void expectLength(int i, OptionHeader h, int expected) {
        if (h.length != expected) {
            throw new MalformedPacketException(i + 1, "TCP option kind " + h.kind + " must have length "
                    + expected + ", has " + h.length);
        }
    }
}
