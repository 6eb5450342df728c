package org.wirewise.model.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.wirewise.model.pcap.PcapFormatException;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.sim.Progress;

/**
 * Opens a capture file for replay with progress and cancel: refuses a file over the size limit
 * with a message saying so, reads it in chunks, then decodes its frames. The window and the
 * command line open captures through here, so both say the same thing about the same file.
 */
public final class CaptureFile {

    /** The largest capture opened: the whole file is held in memory. */
    public static final long MAX_BYTES = 1L << 30;

    private static final int CHUNK = 1 << 20;
    /** Share of the progress bar for reading the bytes; decoding the frames takes the rest. */
    private static final double READING = 0.5;

    private CaptureFile() {
    }

    /**
     * @param progress told how far reading and decoding have got; it cancels by throwing
     *                 {@link java.util.concurrent.CancellationException}
     * @throws IOException saying what is wrong with the file (its size, its format) or why it
     *                     could not be read
     */
    public static OpenedCapture open(Path file, Progress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file.getFileName() + " is not a file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(tooLarge(file, size));
        }
        progress.worked(0);
        byte[] bytes = new byte[(int) size];
        int read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (read < bytes.length) {
                int n = in.read(bytes, read, Math.min(CHUNK, bytes.length - read));
                if (n < 0) {
                    throw new IOException(file.getFileName() + " became shorter while it was read");
                }
                read += n;
                progress.worked(READING * read / Math.max(1, bytes.length));
            }
        }
        try {
            return OpenedCapture.of(PcapReader.read(bytes), progress.slice(READING, 1));
        } catch (PcapFormatException e) {
            throw new PcapFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** "big.pcap is 2.0 GB; Wirewise opens captures up to 1 GiB (cut it with editcap -c)". */
    static String tooLarge(Path file, long size) {
        return String.format(Locale.ROOT, "%s is %.1f GB; Wirewise opens captures up to %d GiB (cut it with editcap -c)",
                file.getFileName(), size / 1e9, MAX_BYTES >> 30);
    }
}
