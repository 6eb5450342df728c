package org.wirewise.scenario;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps the first write error, so one swallowed by a PrintWriter or PrintStream wrapped around
 * the stream still fails the write and can be reported with its reason.
 */
public final class RecordingOutputStream extends FilterOutputStream {
    private IOException failure;

    public RecordingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw record(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw record(e);
        }
    }

    private IOException record(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** The first write error, or null. */
    public IOException failure() {
        return failure;
    }

    /** Throws the first write error, if there was one. */
    public void rethrow() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }
}
