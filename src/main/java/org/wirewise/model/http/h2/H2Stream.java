package org.wirewise.model.http.h2;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.wirewise.model.http.hpack.HeaderField;

/** One stream as one endpoint sees it: its state, both flow-control windows, what waits to be sent. */
public final class H2Stream {

    private final int id;
    StreamState state = StreamState.IDLE;
    /** How much DATA this side may still send (the peer's window for it, §6.9). */
    long sendWindow;
    /** How much DATA the peer may still send before this side's next WINDOW_UPDATE. */
    long receiveWindow;
    /** Octets received and consumed but not yet returned with WINDOW_UPDATE. */
    long unacknowledged;
    final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    int pendingSent;
    boolean endAfterPending;
    boolean endQueued;
    /** Trailers to send with END_STREAM once the queued DATA has gone (null if none). */
    List<HeaderField> trailers;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    List<HeaderField> headers = List.of();
    long dataReceived;
    long dataSent;

    H2Stream(int id, long sendWindow, long receiveWindow) {
        this.id = id;
        this.sendWindow = sendWindow;
        this.receiveWindow = receiveWindow;
    }

    public int id() {
        return id;
    }

    public StreamState state() {
        return state;
    }

    public long sendWindow() {
        return sendWindow;
    }

    public long receiveWindow() {
        return receiveWindow;
    }

    /** The header fields of the last complete header block received. */
    public List<HeaderField> headers() {
        return headers;
    }

    /** The DATA received so far. */
    public byte[] body() {
        return body.toByteArray();
    }

    /** Octets queued and not yet sent in DATA frames. */
    public int unsent() {
        return pending.size() - pendingSent;
    }

    public long dataSent() {
        return dataSent;
    }

    public long dataReceived() {
        return dataReceived;
    }

    /** Whether the stream waits on flow control with data to send. */
    public boolean blocked(long connectionWindow) {
        return unsent() > 0 && (sendWindow <= 0 || connectionWindow <= 0);
    }
}
