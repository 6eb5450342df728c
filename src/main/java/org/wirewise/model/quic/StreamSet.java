package org.wirewise.model.quic;

import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A connection's streams and their flow control (RFC 9000 §2-§4): opening this end's, accepting
 * the peer's up to the limit, each stream's data in order to the listener, and the credit given
 * back with MAX_STREAM_DATA and MAX_DATA as the application reads.
 */
final class StreamSet {

    private final QuicConnection c;
    private final TreeMap<Long, QuicStream> streams = new TreeMap<>();
    QuicConnection.StreamListener listener = (id, d, f) -> { };
    private long nextBidi;
    private long nextUni;
    long peerMaxData;
    long sentData;
    private long localMaxData = QuicConnection.LOCAL_MAX_DATA;
    private long receivedData;
    private long consumedData;
    private long peerStreamDataOurs;
    private long peerStreamDataTheirs;

    StreamSet(QuicConnection c) {
        this.c = c;
    }

    boolean has(long id) {
        return streams.containsKey(id);
    }

    QuicStream get(long id) {
        return streams.get(id);
    }

    Collection<QuicStream> all() {
        return streams.values();
    }

    /** The streams from {@code id} on, then those before it: the order a round robin serves them. */
    NavigableMap<Long, QuicStream> map() {
        return streams;
    }

    long open(boolean bidirectional) {
        long initiator = c.role == QuicConnection.Role.CLIENT ? 0 : 1; // the low two bits of an id (§2.1)
        long id = bidirectional ? nextBidi++ * 4 + initiator : nextUni++ * 4 + 2 + initiator;
        streams.put(id, new QuicStream(id, peerStreamDataOurs, QuicConnection.LOCAL_MAX_STREAM_DATA));
        return id;
    }

    void send(long streamId, byte[] data, boolean fin) {
        QuicStream s = streams.get(streamId);
        if (s == null || QuicStream.unidirectional(streamId) && QuicStream.clientInitiated(streamId) != (c.role == QuicConnection.Role.CLIENT)) {
            throw new IllegalArgumentException("stream " + streamId + " is not open for sending here");
        }
        s.out.write(data, fin);
    }

    void applyPeerParameters(TransportParameters p) {
        peerMaxData = p.integer(TransportParameters.INITIAL_MAX_DATA, 0);
        peerStreamDataOurs = p.integer(TransportParameters.INITIAL_MAX_STREAM_DATA_BIDI_REMOTE, 0);
        peerStreamDataTheirs = p.integer(TransportParameters.INITIAL_MAX_STREAM_DATA_BIDI_LOCAL, 0);
        long uni = p.integer(TransportParameters.INITIAL_MAX_STREAM_DATA_UNI, 0);
        for (QuicStream s : streams.values()) {
            if (s.peerMaxData == 0) {
                s.peerMaxData = QuicStream.unidirectional(s.id) ? uni : peerStreamDataOurs;
            }
        }
    }

    /** The stream a peer's frame names, opened on first use if the peer may open it (§3.2, §4.6). */
    QuicStream peerStream(long id, boolean sending) {
        QuicStream s = streams.get(id);
        boolean ours = QuicStream.clientInitiated(id) == (c.role == QuicConnection.Role.CLIENT);
        if (s == null) {
            if (ours) {
                throw new QuicException(TransportError.STREAM_STATE_ERROR, "stream " + id + " was never opened here");
            }
            if (id >> 2 >= QuicConnection.LOCAL_MAX_STREAMS) {
                throw new QuicException(TransportError.STREAM_LIMIT_ERROR, "stream " + id + " is past the limit of " + QuicConnection.LOCAL_MAX_STREAMS);
            }
            s = new QuicStream(id, QuicStream.unidirectional(id) ? 0 : peerStreamDataTheirs, QuicConnection.LOCAL_MAX_STREAM_DATA);
            streams.put(id, s);
        }
        if (sending && ours && QuicStream.unidirectional(id)) {
            throw new QuicException(TransportError.STREAM_STATE_ERROR, "data on this end's own unidirectional stream " + id);
        }
        return s;
    }

    /** This end abandons sending on a stream (§3.1, §19.4): RESET_STREAM with the bytes sent so far as final size, once. */
    void reset(long id, long errorCode, long now) {
        QuicStream s = get(id);
        if (s.sendReset || QuicStream.unidirectional(id) && QuicStream.clientInitiated(id) != (c.role == QuicConnection.Role.CLIENT)) {
            return; // reset already, or a stream this end only receives on
        }
        s.sendReset = true;
        long finalSize = s.out.abandon();
        c.control.add(new Frame.ResetStream(id, errorCode, finalSize));
        c.event(now, QuicEvent.Kind.STREAM_RESET, null, -1, "stream " + id + " reset by this end, final size " + finalSize);
    }

    /** The peer abandoned its sending side (§3.2): the final size must agree with what arrived (§4.5); the listener is told. */
    void peerReset(Frame.ResetStream r, long now) {
        QuicStream s = peerStream(r.streamId(), true);
        if (r.finalSize() < s.in.highest() || s.in.finished() && r.finalSize() != s.in.highest()) {
            throw new QuicException(TransportError.FINAL_SIZE_ERROR, "RESET_STREAM final size " + r.finalSize() + " but "
                    + s.in.highest() + " bytes arrived on stream " + s.id + " (§4.5)");
        }
        receivedData += r.finalSize() - s.in.highest(); // the final size counts toward connection flow control (§4.5)
        if (!s.receiveReset && !s.readFinished) {
            s.receiveReset = true;
            s.readFinished = true;
            c.event(now, QuicEvent.Kind.STREAM_RESET, null, -1, "stream " + s.id + " reset by the peer, error 0x" + Long.toHexString(r.errorCode()));
            listener.reset(s.id, r.errorCode());
        }
    }

    /** Stream bytes arrived: flow control is checked, contiguous bytes go to the listener, credit goes back (§4). */
    void data(Frame.Stream f, long now) {
        QuicStream s = peerStream(f.streamId(), true);
        if (s.receiveReset) {
            return; // late data of a reset stream is of no use (§3.2)
        }
        long before = s.in.highest();
        s.in.add(f.offset(), f.data(), f.fin());
        receivedData += s.in.highest() - before;
        if (s.in.highest() > s.localMaxData || receivedData > localMaxData) {
            throw new QuicException(TransportError.FLOW_CONTROL_ERROR, "stream " + s.id + " sent past its limit");
        }
        byte[] bytes = s.in.read();
        consumedData += bytes.length;
        boolean finished = s.in.finished() && !s.readFinished;
        if (bytes.length == 0 && !finished) {
            return;
        }
        s.readFinished |= finished;
        c.event(now, finished ? QuicEvent.Kind.STREAM_FINISHED : QuicEvent.Kind.STREAM_DATA, null, -1,
                "stream " + s.id + ": " + s.in.delivered() + " bytes in order");
        if (s.in.delivered() + QuicConnection.LOCAL_MAX_STREAM_DATA / 2 > s.localMaxData && !s.readFinished) {
            s.localMaxData = s.in.delivered() + QuicConnection.LOCAL_MAX_STREAM_DATA;
            c.control.add(new Frame.MaxStreamData(s.id, s.localMaxData));
        }
        if (consumedData + QuicConnection.LOCAL_MAX_DATA / 2 > localMaxData) {
            localMaxData = consumedData + QuicConnection.LOCAL_MAX_DATA;
            c.control.add(new Frame.MaxData(localMaxData));
        }
        listener.data(s.id, bytes, finished);
    }
}
