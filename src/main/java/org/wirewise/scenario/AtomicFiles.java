package org.wirewise.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way the program writes a file. A regular file is replaced atomically: readers see either
 * the old content or the complete new one, never a half-written file (the bytes go to a temporary
 * file beside the target, which then replaces it). A symbolic link is followed, so its target is
 * replaced and the link stays a link. A device or a FIFO ({@code /dev/full}, a named pipe) is
 * written directly, since replacing it would turn it into a plain file. Every error is reported,
 * including those a {@code PrintWriter} or {@code PrintStream} inside the writer would swallow;
 * a missing folder is refused rather than created.
 */
public final class AtomicFiles {

    /** Writes content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Symbolic links followed before giving up, as the kernel's ELOOP limit does. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path path = followLinks(target.toAbsolutePath());
        if (Files.isDirectory(path)) {
            throw new IOException(target + " is a folder, not a file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            writeDirectly(path, writer);
            return;
        }
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + (dir == null ? path : dir) + " does not exist; create it first "
                    + "or choose another place");
        }
        Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
        try {
            keepPermissions(path, temp);
            try (RecordingOutputStream out = new RecordingOutputStream(Files.newOutputStream(temp))) {
                writeAll(writer, out);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Why a write failed, as a sentence fragment ("permission denied", "no space left on device"). */
    public static String reason(IOException e) {
        if (e.getCause() instanceof IOException cause) {
            return reason(cause); // ImageIO wraps the disk's own error in "I/O error writing PNG file!"
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A device or FIFO: no temporary file can stand in for it, so its own errors are the report. */
    private static void writeDirectly(Path path, Writer writer) throws IOException {
        try (RecordingOutputStream out = new RecordingOutputStream(Files.newOutputStream(path, StandardOpenOption.WRITE))) {
            writeAll(writer, out);
        }
    }

    private static void writeAll(Writer writer, RecordingOutputStream out) throws IOException {
        writer.writeTo(out);
        out.flush();
        out.rethrow();
    }

    /** The path a chain of symbolic links leads to (the links' own target may not exist yet). */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        throw new IOException(path + ": too many levels of symbolic links");
    }

    /**
     * A temporary file is private (rw-------); the result should have the permissions the
     * replaced file had, or those of an ordinary new file.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
