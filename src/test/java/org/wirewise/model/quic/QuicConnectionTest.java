package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.SessionSecret;

/** A QUIC connection on the simulated network: the 1-RTT handshake, streams, numbers that never repeat, loss per stream, migration. */
class QuicConnectionTest {

    private static final long MS = 1_000_000L;

    @Test
    void theHandshakeTakesOneRoundTripAndARequestGetsItsAnswer() {
        QuicPair pair = new QuicPair();
        long[] established = {-1};
        pair.client.onEstablished(() -> {
            established[0] = pair.network.now();
            long id = pair.client.connection().openStream(true);
            pair.client.send(id, "GET /".getBytes(), true);
        });
        pair.client.connect();
        pair.runUntil(40 * MS);
        assertTrue(pair.server != null && pair.serverReceived.containsKey(0L), "the server got stream 0");
        pair.server.send(0, "200 OK".getBytes(), true);
        pair.runUntil(2_000 * MS);
        assertTrue(established[0] >= 20 * MS && established[0] < 25 * MS,
                "the client may send its request one RTT (20 ms) after its Initial, at " + established[0] / 1e6 + " ms");
        assertArrayEquals("GET /".getBytes(), pair.serverReceived.get(0L).toByteArray());
        assertArrayEquals("200 OK".getBytes(), pair.clientReceived.get(0L).toByteArray());
        assertEquals(1200, pair.clientSent.get(0).bytes().length, "the client's first datagram is padded to 1200 bytes (RFC 9000 §14.1)");
        List<String> labels = pair.secrets.stream().map(SessionSecret::label).toList();
        assertTrue(labels.containsAll(List.of("CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0")), labels.toString());
        assertTrue(pair.client.connection().events().stream().anyMatch(e -> e.kind() == QuicEvent.Kind.HANDSHAKE_CONFIRMED));
        assertNumbersOnlyGoUp(pair.clientSent);
        assertNumbersOnlyGoUp(pair.serverSent);
    }

    @Test
    void aLostPacketHoldsUpOnlyTheStreamWhoseBytesItCarried() {
        QuicPair pair = new QuicPair();
        List<Long> ids = new ArrayList<>();
        pair.client.onEstablished(() -> {
            for (int i = 0; i < 2; i++) {
                long id = pair.client.connection().openStream(true);
                ids.add(id);
                pair.client.send(id, ("GET /" + i).getBytes(), true);
            }
        });
        pair.client.connect();
        pair.runUntil(40 * MS);
        org.wirewise.model.net.Packet[] dropped = {null};
        pair.network.onSend((node, packet) -> {
            if (node == pair.net.server && dropped[0] == null) {
                packet.loseInTransit(); // the first datagram of the answers
                dropped[0] = packet;
            }
        });
        for (long id : ids) {
            pair.server.send(id, new byte[6000], true);
        }
        pair.runUntil(3_000 * MS);
        long stalled = pair.serverPackets.get(dropped[0]).packets().get(0).frames().stream()
                .filter(f -> f instanceof Frame.Stream).map(f -> ((Frame.Stream) f).streamId()).findFirst().orElseThrow();
        long other = stalled == 0 ? 4 : 0;
        assertEquals(6000, pair.clientReceived.get(0L).size());
        assertEquals(6000, pair.clientReceived.get(4L).size());
        assertTrue(pair.server.connection().events().stream().anyMatch(e -> e.kind() == QuicEvent.Kind.PACKET_LOST),
                "the server declared a packet lost");
        assertTrue(pair.clientFinished.get(other) < pair.clientFinished.get(stalled),
                "stream " + other + " completes while stream " + stalled + " waits for its retransmission: " + pair.clientFinished);
    }

    @Test
    void theClientMovesToANewPortAndTheServerFollowsAfterValidatingIt() {
        QuicPair pair = new QuicPair();
        pair.client.connect();
        pair.runUntil(100 * MS);
        byte[] before = pair.client.connection().peerConnectionId();
        pair.client.migrate(50_001);
        long id = pair.client.connection().openStream(true);
        pair.client.send(id, "after the move".getBytes(), true);
        pair.runUntil(300 * MS);
        assertEquals(50_001, pair.server.connection().peer().port());
        assertTrue(!java.util.Arrays.equals(before, pair.client.connection().peerConnectionId()), "a new connection ID for the new path (§9.5)");
        assertTrue(pair.server.connection().events().stream().anyMatch(e -> e.kind() == QuicEvent.Kind.PATH_VALIDATED));
        assertTrue(pair.client.connection().events().stream().anyMatch(e -> e.kind() == QuicEvent.Kind.PATH_VALIDATED));
        assertArrayEquals("after the move".getBytes(), pair.serverReceived.get(id).toByteArray());
    }

    private static void assertNumbersOnlyGoUp(List<QuicConnection.Datagram> sent) {
        Map<PacketType.Space, Long> last = new HashMap<>();
        for (QuicConnection.Datagram d : sent) {
            for (QuicPacket p : d.packets()) {
                Long previous = last.put(p.type().space(), p.packetNumber());
                assertTrue(previous == null || p.packetNumber() > previous, p.type() + " packet " + p.packetNumber() + " after " + previous);
            }
        }
    }
}
