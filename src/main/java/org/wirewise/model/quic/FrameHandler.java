package org.wirewise.model.quic;

/** What a connection does with each frame it receives (RFC 9000 §19), in the space it arrived in. */
final class FrameHandler {

    /** More CRYPTO data than this waiting out of order is CRYPTO_BUFFER_EXCEEDED (RFC 9000 §7.5 asks for at least 4096). */
    static final long CRYPTO_BUFFER = 65_536;

    private final QuicConnection c;

    FrameHandler(QuicConnection c) {
        this.c = c;
    }

    void handle(PacketSpace s, Frame f, long now) {
        if (f instanceof Frame.Ack a) {
            c.loss.acked(s, a, now);
        } else if (f instanceof Frame.Crypto cr) {
            s.cryptoIn.add(cr.offset(), cr.data(), false);
            if (s.cryptoIn.highest() - s.cryptoIn.delivered() > CRYPTO_BUFFER) {
                throw new QuicException(TransportError.CRYPTO_BUFFER_EXCEEDED, "CRYPTO data far ahead of the gap");
            }
            c.feedTls(now);
        } else if (f instanceof Frame.Stream st) {
            c.streams.data(st, now);
        } else if (f instanceof Frame.ResetStream r) {
            c.streams.peerReset(r, now);
        } else if (f instanceof Frame.StopSending st) {
            c.streams.reset(c.streams.peerStream(st.streamId(), false).id, st.errorCode(), now); // answered with RESET_STREAM (§3.5)
        } else if (f instanceof Frame.MaxData m) {
            c.streams.peerMaxData = Math.max(c.streams.peerMaxData, m.maximum());
        } else if (f instanceof Frame.MaxStreamData m) {
            QuicStream st = c.streams.peerStream(m.streamId(), false);
            st.peerMaxData = Math.max(st.peerMaxData, m.maximum());
        } else if (f instanceof Frame.NewConnectionId n) {
            c.paths.newConnectionId(n);
        } else if (f instanceof Frame.Path p) {
            if (p.response()) {
                c.paths.pathResponse(p.data(), now);
            } else {
                c.control.addFirst(new Frame.Path(true, p.data())); // on the path it came from, which is the peer's now (§8.2.2)
            }
        } else if (f instanceof Frame.ConnectionClose cc) {
            c.peerClosed(cc, now);
        } else if (f instanceof Frame.HandshakeDone) {
            c.handshakeDone(now);
        }
        // PADDING, PING and RETIRE_CONNECTION_ID ask for nothing more than the acknowledgement.
    }
}
