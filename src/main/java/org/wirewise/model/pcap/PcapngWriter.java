package org.wirewise.model.pcap;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a pcapng file (draft-ietf-opsawg-pcapng) of one section and one interface: a Section
 * Header Block, an Interface Description Block with nanosecond timestamps (if_tsresol 9), then
 * Enhanced Packet Blocks, little-endian. It can carry a Decryption Secrets Block (§4.7) with a TLS
 * key log, which Wireshark reads to decrypt the capture's TLS records with no settings.
 *
 * <p>Every block is "type, total length, body padded to 32 bits, total length again". The
 * headers are written with the first block that follows them (or on {@link #close()}), so the
 * constructor does no I/O. Closing the writer closes the stream.
 */
public final class PcapngWriter implements Closeable, Flushable {

    static final int SECTION_HEADER = 0x0A0D0D0A;
    static final int INTERFACE_DESCRIPTION = 0x00000001;
    static final int ENHANCED_PACKET = 0x00000006;
    static final int DECRYPTION_SECRETS = 0x0000000A;
    /** Secrets type "TLSK": the NSS key log format (SSLKEYLOGFILE), §4.7. */
    static final int TLS_KEY_LOG = 0x544C534B;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final short IF_TSRESOL = 9;
    /** if_tsresol 9: units of 10^-9 s, so a simulated nanosecond is stored exactly. */
    private static final byte NANOSECONDS = 9;

    private final OutputStream out;
    private final int linkType;
    private boolean headersWritten;

    public PcapngWriter(OutputStream out, int linkType) {
        this.out = Objects.requireNonNull(out, "out");
        this.linkType = LinkType.checked(linkType);
    }

    /** Writes a whole capture to a stream, its key log (if any) first, as readers want it before the packets. */
    public static void write(OutputStream out, Capture capture, String tlsKeyLog) throws IOException {
        try (PcapngWriter writer = new PcapngWriter(out, capture.linkType())) {
            if (tlsKeyLog != null && !tlsKeyLog.isEmpty()) {
                writer.writeTlsKeyLog(tlsKeyLog);
            }
            for (CapturedPacket packet : capture.packets()) {
                writer.write(packet.timestampNanos(), packet.data(), packet.originalLength());
            }
        }
    }

    /**
     * Appends a Decryption Secrets Block holding NSS key log lines (UTF-8, each ending in a line
     * feed). Wireshark applies secrets to the packets after the block, so write it first.
     */
    public void writeTlsKeyLog(String keyLog) throws IOException {
        byte[] secrets = Objects.requireNonNull(keyLog, "keyLog").getBytes(StandardCharsets.UTF_8);
        if (secrets.length == 0) {
            throw new IllegalArgumentException("a decryption secrets block needs at least one key log line");
        }
        writeHeadersOnce();
        ByteBuffer body = body(8 + padded(secrets.length));
        body.putInt(TLS_KEY_LOG).putInt(secrets.length).put(secrets);
        block(DECRYPTION_SECRETS, body);
    }

    /** Appends one frame captured whole, its timestamp in nanoseconds since the Unix epoch. */
    public void write(long timestampNanos, byte[] frame) throws IOException {
        write(timestampNanos, frame, frame.length);
    }

    /** Appends a frame whose length on the wire was {@code originalLength}. */
    public void write(long timestampNanos, byte[] frame, int originalLength) throws IOException {
        Objects.requireNonNull(frame, "frame");
        if (timestampNanos < 0) {
            throw new IllegalArgumentException("timestamp " + timestampNanos + " ns is before 1970");
        }
        int captured = PcapWriter.capturedLength(frame, originalLength);
        writeHeadersOnce();
        ByteBuffer body = body(20 + padded(captured));
        body.putInt(0) // interface 0, the only one
                .putInt((int) (timestampNanos >>> 32)).putInt((int) timestampNanos)
                .putInt(captured).putInt(originalLength)
                .put(frame, 0, captured);
        block(ENHANCED_PACKET, body);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            writeHeadersOnce();
        }
    }

    private void writeHeadersOnce() throws IOException {
        if (headersWritten) {
            return;
        }
        headersWritten = true;
        ByteBuffer section = body(16);
        section.putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0) // version 1.0
                .putLong(-1L); // section length not given: writers that stream cannot know it
        block(SECTION_HEADER, section);
        ByteBuffer iface = body(8 + 8 + 4);
        iface.putShort((short) linkType).putShort((short) 0).putInt(PcapWriter.SNAPLEN)
                .putShort(IF_TSRESOL).putShort((short) 1).put(NANOSECONDS).put(new byte[3])
                .putInt(0); // opt_endofopt: code 0, length 0
        block(INTERFACE_DESCRIPTION, iface);
    }

    private void block(int type, ByteBuffer body) throws IOException {
        int total = 12 + body.capacity();
        ByteBuffer block = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        block.putInt(type).putInt(total).put(body.array()).putInt(total);
        out.write(block.array());
    }

    /** A zero-filled body; bytes not written stay 0, which is the padding the format asks for. */
    private static ByteBuffer body(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }
}
