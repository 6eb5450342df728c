package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** STOP_SENDING and RESET_STREAM (RFC 9000 §3.5, §19.4, §19.5) and the idle timeout (§10.1) on the simulated network. */
class StreamResetAndIdleTest {

    private static final long MS = 1_000_000L;
    private static final int ANSWER = 2_000_000;
    private static final long H3_REQUEST_CANCELLED = 0x10c;

    private static long streamBytes(List<QuicConnection.Datagram> sent, long id) {
        return sent.stream().flatMap(d -> d.packets().stream()).flatMap(p -> p.frames().stream())
                .filter(f -> f instanceof Frame.Stream st && st.streamId() == id).mapToLong(f -> ((Frame.Stream) f).data().length).sum();
    }

    private static List<Frame> frames(List<QuicConnection.Datagram> sent) {
        return sent.stream().flatMap(d -> d.packets().stream()).flatMap(p -> p.frames().stream()).toList();
    }

    @Test
    void stopSendingIsAnsweredWithResetStreamAndTheRestOfTheAnswerNeverGoes() {
        QuicPair pair = new QuicPair();
        pair.client.connect();
        pair.runUntil(100 * MS);
        long id = pair.client.connection().openStream(true);
        pair.client.send(id, "GET /big".getBytes(), true);
        pair.runUntil(150 * MS);
        pair.server.send(id, new byte[ANSWER], true);
        pair.runUntil(170 * MS);
        List<long[]> resets = new ArrayList<>();
        pair.client.connection().onStreamData(new QuicConnection.StreamListener() {
            @Override
            public void data(long streamId, byte[] data, boolean fin) {
            }

            @Override
            public void reset(long streamId, long errorCode) {
                resets.add(new long[] {streamId, errorCode});
            }
        });
        pair.client.connection().stopSending(id, H3_REQUEST_CANCELLED); // the user left the page
        pair.client.flush();
        pair.runUntil(2_000 * MS);

        assertTrue(frames(pair.clientSent).contains(new Frame.StopSending(id, H3_REQUEST_CANCELLED)));
        Frame.ResetStream reset = frames(pair.serverSent).stream().filter(f -> f instanceof Frame.ResetStream)
                .map(f -> (Frame.ResetStream) f).findFirst().orElseThrow();
        assertEquals(H3_REQUEST_CANCELLED, reset.errorCode(), "RESET_STREAM carries STOP_SENDING's code (§3.5)");
        assertTrue(reset.finalSize() < ANSWER, "the final size is what had been sent: " + reset.finalSize());
        assertEquals(reset.finalSize(), streamBytes(pair.serverSent, id) - retransmitted(pair.serverSent, id),
                "no new stream byte after the reset");
        assertEquals(1, resets.size());
        assertEquals(H3_REQUEST_CANCELLED, resets.get(0)[1]);
        assertTrue(pair.server.connection().events().stream().anyMatch(e -> e.kind() == QuicEvent.Kind.STREAM_RESET));
    }

    /** Bytes of the stream sent again at offsets already sent (retransmissions). */
    private static long retransmitted(List<QuicConnection.Datagram> sent, long id) {
        long highest = 0;
        long again = 0;
        for (Frame f : frames(sent)) {
            if (f instanceof Frame.Stream st && st.streamId() == id) {
                long end = st.offset() + st.data().length;
                again += Math.max(0, Math.min(end, highest) - st.offset());
                highest = Math.max(highest, end);
            }
        }
        return again;
    }

    @Test
    void aConnectionIdleForItsTimeoutClosesSilently() {
        QuicPair pair = new QuicPair();
        pair.client.connect();
        pair.runUntil(100 * MS);
        long id = pair.client.connection().openStream(true);
        pair.client.send(id, "GET /".getBytes(), true);
        pair.runUntil(200 * MS);
        int clientDatagrams = pair.clientSent.size();
        int serverDatagrams = pair.serverSent.size();
        pair.runUntil(29_000 * MS);
        assertTrue(!pair.client.connection().closed() && !pair.server.connection().closed(), "open 29 s after the last packet");
        pair.runUntil(31_000 * MS);
        assertTrue(pair.client.connection().closed() && pair.server.connection().closed(), "closed after 30 s of silence");
        assertEquals(30_000, pair.client.connection().idleTimeoutMillis());
        assertEquals(clientDatagrams, pair.clientSent.size(), "no CONNECTION_CLOSE: the state is dropped silently (§10.1)");
        assertEquals(serverDatagrams, pair.serverSent.size());
        assertTrue(pair.client.connection().events().stream().anyMatch(e -> e.kind() == QuicEvent.Kind.IDLE_TIMEOUT));
    }

    @Test
    void theSmallerNonzeroIdleTimeoutWins() {
        QuicPair pair = new QuicPair();
        IdleTimer timer = new IdleTimer(pair.client.connection(), 30_000);
        timer.peer(0);
        assertEquals(30_000, timer.timeoutMillis(), "0 means the peer has no idle timeout");
        timer.peer(10_000);
        assertEquals(10_000, timer.timeoutMillis());
        timer.peer(20_000);
        assertEquals(10_000, timer.timeoutMillis());
    }
}
