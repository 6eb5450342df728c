package org.wirewise.model.packet;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A TCP option (RFC 9293 §3.2): kinds 0 and 1 are a single byte, every other kind is
 * kind, length, value. {@link #length()} is the size on the wire including kind and length.
 */
public sealed interface TcpOption permits TcpOption.EndOfOptions, TcpOption.Nop, TcpOption.Mss,
        TcpOption.WindowScale, TcpOption.SackPermitted, TcpOption.Sack, TcpOption.Timestamps,
        TcpOption.Unknown {

    int KIND_EOL = 0;
    int KIND_NOP = 1;
    int KIND_MSS = 2;
    int KIND_WINDOW_SCALE = 3;
    int KIND_SACK_PERMITTED = 4;
    int KIND_SACK = 5;
    int KIND_TIMESTAMPS = 8;

    /** The option's kind byte. */
    int kind();

    /** Bytes on the wire, kind and length bytes included. */
    int length();

    /** End of Option List (RFC 9293 §3.2): marks the end; what follows up to the data offset is padding. */
    record EndOfOptions() implements TcpOption {
        @Override public int kind() { return KIND_EOL; }
        @Override public int length() { return 1; }
    }

    /** No-Operation (RFC 9293 §3.2): a filler, typically to align the next option on 4 bytes. */
    record Nop() implements TcpOption {
        @Override public int kind() { return KIND_NOP; }
        @Override public int length() { return 1; }
    }

    /** Maximum Segment Size (RFC 9293 §3.7.1): the largest payload this end will accept; only on SYNs. */
    record Mss(int mss) implements TcpOption {
        public Mss {
            Wire.checkRange("MSS", mss, 0xFFFF);
        }
        @Override public int kind() { return KIND_MSS; }
        @Override public int length() { return 4; }
    }

    /**
     * Window Scale (RFC 7323 §2): the peer shifts this end's advertised windows left by
     * {@code shift}. Values above 14 are sent as is; RFC 7323 tells the receiver to use 14.
     */
    record WindowScale(int shift) implements TcpOption {
        public WindowScale {
            Wire.checkRange("window scale shift", shift, 0xFF);
        }
        @Override public int kind() { return KIND_WINDOW_SCALE; }
        @Override public int length() { return 3; }
    }

    /** SACK-Permitted (RFC 2018 §2): this end understands SACK blocks; only on SYNs. */
    record SackPermitted() implements TcpOption {
        @Override public int kind() { return KIND_SACK_PERMITTED; }
        @Override public int length() { return 2; }
    }

    /** SACK (RFC 2018 §3): one to four blocks of data received above the cumulative ACK. */
    record Sack(List<SackBlock> blocks) implements TcpOption {
        public Sack {
            blocks = List.copyOf(blocks);
            if (blocks.isEmpty() || blocks.size() > 4) {
                throw new IllegalArgumentException("a SACK option holds 1 to 4 blocks, got " + blocks.size());
            }
        }
        @Override public int kind() { return KIND_SACK; }
        @Override public int length() { return 2 + 8 * blocks.size(); }
    }

    /** Timestamps (RFC 7323 §3): the sender's clock and the echo of the peer's latest, each 32 bits. */
    record Timestamps(long tsVal, long tsEcr) implements TcpOption {
        public Timestamps {
            Wire.checkRange("TSval", tsVal, 0xFFFF_FFFFL);
            Wire.checkRange("TSecr", tsEcr, 0xFFFF_FFFFL);
        }
        @Override public int kind() { return KIND_TIMESTAMPS; }
        @Override public int length() { return 10; }
    }

    /**
     * Any other kind, kept as raw value bytes so a decoded header re-encodes unchanged. The kinds
     * with their own record are refused here, so every option has exactly one representation.
     */
    record Unknown(int kind, byte[] data) implements TcpOption {
        public Unknown {
            Wire.checkRange("option kind", kind, 0xFF);
            if (kind <= KIND_SACK || kind == KIND_TIMESTAMPS) {
                throw new IllegalArgumentException("kind " + kind + " has its own TcpOption record");
            }
            data = Wire.copy(data, "data");
            if (data.length > 38) {
                throw new IllegalArgumentException("option data of " + data.length + " bytes exceeds 38");
            }
        }
        @Override public byte[] data() { return data.clone(); }
        @Override public int length() { return 2 + data.length; }
        @Override public boolean equals(Object o) {
            return o instanceof Unknown u && u.kind == kind && Arrays.equals(u.data, data);
        }
        @Override public int hashCode() { return Objects.hash(kind, Arrays.hashCode(data)); }
        @Override public String toString() {
            return "Unknown[kind=" + kind + ", data=" + HexFormat.of().formatHex(data) + "]";
        }
    }
}
