package org.wirewise.model.pcap;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a classic libpcap file: little-endian, microsecond timestamps (magic 0xa1b2c3d4 read in
 * little-endian order), version 2.4, snap length 262144, the format every tool reads.
 *
 * <p>The file header is written with the first packet, or on {@link #close()} if there is none,
 * so the constructor does no I/O. Closing the writer closes the stream.
 */
public final class PcapWriter implements Closeable, Flushable {

    /** tcpdump's default snap length; longer frames are stored cut to it, with their full length. */
    public static final int SNAPLEN = 262_144;

    static final int MAGIC_MICROS = 0xA1B2C3D4;
    static final int FILE_HEADER_LENGTH = 24;
    static final int RECORD_HEADER_LENGTH = 16;
    private static final long MAX_SECONDS = 0xFFFF_FFFFL;

    private final OutputStream out;
    private final int linkType;
    private boolean headerWritten;

    public PcapWriter(OutputStream out, int linkType) {
        this.out = Objects.requireNonNull(out, "out");
        this.linkType = LinkType.checked(linkType);
    }

    /** Writes a whole capture to a file, replacing it. */
    public static void write(Path file, Capture capture) throws IOException {
        try (PcapWriter writer = new PcapWriter(Files.newOutputStream(file), capture.linkType())) {
            for (CapturedPacket packet : capture.packets()) {
                writer.write(packet.timestampNanos(), packet.data(), packet.originalLength());
            }
        }
    }

    /**
     * Appends one frame captured whole. The timestamp is stored in microseconds (truncated).
     *
     * @param timestampNanos nanoseconds since the Unix epoch; the seconds must fit the format's
     *                       unsigned 32 bits (until 2106)
     */
    public void write(long timestampNanos, byte[] frame) throws IOException {
        write(timestampNanos, frame, frame.length);
    }

    /** Appends a frame whose length on the wire was {@code originalLength}. */
    public void write(long timestampNanos, byte[] frame, int originalLength) throws IOException {
        Objects.requireNonNull(frame, "frame");
        if (timestampNanos < 0 || timestampNanos / 1_000_000_000L > MAX_SECONDS) {
            throw new IllegalArgumentException("timestamp " + timestampNanos
                    + " ns is outside the pcap range 1970..2106");
        }
        int captured = capturedLength(frame, originalLength);
        writeHeaderOnce();
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER_LENGTH + captured).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt((int) (timestampNanos / 1_000_000_000L))
                .putInt((int) (timestampNanos % 1_000_000_000L / 1_000))
                .putInt(captured)
                .putInt(originalLength)
                .put(frame, 0, captured);
        out.write(record.array());
    }

    /** How much of a frame both formats store: all of it up to the snap length; checks its original length. */
    static int capturedLength(byte[] frame, int originalLength) {
        if (originalLength < frame.length) {
            throw new IllegalArgumentException("original length " + originalLength + " is less than the frame's "
                    + frame.length + " bytes");
        }
        return Math.min(frame.length, SNAPLEN);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            writeHeaderOnce();
        }
    }

    private void writeHeaderOnce() throws IOException {
        if (headerWritten) {
            return;
        }
        ByteBuffer header = ByteBuffer.allocate(FILE_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(MAGIC_MICROS)
                .putShort((short) 2).putShort((short) 4) // version 2.4
                .putInt(0)                                // thiszone: timestamps are UTC
                .putInt(0)                                // sigfigs
                .putInt(SNAPLEN)
                .putInt(linkType);
        out.write(header.array());
        headerWritten = true;
    }
}
