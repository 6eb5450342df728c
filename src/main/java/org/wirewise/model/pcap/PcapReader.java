package org.wirewise.model.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads classic pcap files (either byte order, microsecond or nanosecond magic) and pcapng files
 * (sections of either byte order, interface descriptions with their timestamp resolution,
 * enhanced, simple and obsolete packet blocks; other blocks are skipped).
 *
 * <p>The whole file is read into memory: the captures a lesson imports are small, and having
 * every byte at hand lets an error say exactly how much was missing.
 */
public final class PcapReader {

    private static final int PCAPNG_SECTION_HEADER = 0x0A0D0D0A;

    private PcapReader() {
    }

    /** @throws PcapFormatException with the file name in its message, if the file is not a readable capture */
    public static Capture read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = Files.readAllBytes(file);
        try {
            return read(bytes);
        } catch (PcapFormatException e) {
            throw new PcapFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads the stream to its end; does not close it. */
    public static Capture read(InputStream in) throws IOException {
        return read(Objects.requireNonNull(in, "in").readAllBytes());
    }

    /** Parses a whole capture held in memory; the packets refer to {@code bytes}, which must not change. */
    public static Capture read(byte[] bytes) throws PcapFormatException {
        if (bytes.length < 4) {
            throw new PcapFormatException("not a pcap or pcapng file: only " + bytes.length + " bytes");
        }
        int magic = (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
        if (magic == PCAPNG_SECTION_HEADER) {
            return PcapngParser.parse(bytes);
        }
        if (ClassicPcapParser.recognizes(magic)) {
            return ClassicPcapParser.parse(bytes, magic);
        }
        String hint = (magic >>> 16) == 0x1F8B ? " (gzip-compressed: decompress it first)" : "";
        throw new PcapFormatException(String.format("not a pcap or pcapng file: magic 0x%08x%s", magic, hint));
    }
}
