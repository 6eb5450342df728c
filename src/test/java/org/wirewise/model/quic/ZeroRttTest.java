package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.SessionTickets;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.ClientServer;

/** 0-RTT on resumption (RFC 9001 §4.6): the second connection's request rides with its first Initial and is answered a round trip sooner. */
class ZeroRttTest {

    private static final long MS = 1_000_000L;
    private static final byte[] REQUEST = "GET /".getBytes();
    private static final byte[] ANSWER = "200 OK".getBytes();

    /** Client connections to one server (20 ms RTT) that answers every stream it reads to the end; tickets single-use. */
    private static final class Rig {
        final ClientServer net = new ClientServer(7, 20, 100, 1000);
        final LessonServer identity = LessonServer.of(7);
        final SessionTickets tickets = new SessionTickets(SessionTickets.EarlyDataPolicy.SINGLE_USE_TICKETS,
                () -> net.network.now() / MS, SessionTickets.INTERNET_WINDOW_MILLIS);
        final List<QuicSocket> accepted = new ArrayList<>();
        int connections;

        Rig() {
            QuicListener.on(net.network.simulation(), net.server, 443, () -> new TlsServer(identity.identity(),
                    new SeededSecureRandom(new SplittableRandom(2 + accepted.size())), tickets), "h3", s -> {
                        accepted.add(s);
                        s.connection().onStreamData((id, data, fin) -> {
                            if (fin) {
                                s.send(id, ANSWER, true);
                            }
                        });
                    });
        }

        /** A connection that sends one request as soon as it may (in 0-RTT if resuming) and notes when the answer ended. */
        Client connect(QuicConnection.Resumption resume) {
            Client c = new Client();
            int n = connections++;
            TlsClient tls = new TlsClient("shop.example.com", identity.clientCheck(), new SeededSecureRandom(new SplittableRandom(10 + n)));
            c.socket = QuicSocket.client(net.network.simulation(), net.client, 50_000 + n, net.server.address(), 443, tls, "h3", "client " + n);
            c.socket.onSecret(c.secrets::add).onSent((d, p) -> c.sent.add(d));
            c.socket.connection().onStreamData((id, data, fin) -> {
                c.received.writeBytes(data);
                if (fin) {
                    c.answeredAt = net.network.now();
                }
            });
            Runnable request = () -> c.socket.send(c.socket.connection().openStream(true), REQUEST, true);
            c.socket.onZeroRtt(request).onEstablished(() -> {
                if (c.socket.connection().events().stream().noneMatch(e -> e.type() == PacketType.ZERO_RTT
                        && e.kind() == QuicEvent.Kind.PACKET_SENT)) {
                    request.run();
                }
            });
            c.startedAt = net.network.now();
            if (resume != null) {
                c.socket.connection().resume(resume, net.network.now());
            }
            c.socket.connect();
            return c;
        }

        void runFor(long nanos) {
            net.network.simulation().runUntil(net.network.now() + nanos);
        }
    }

    private static final class Client {
        QuicSocket socket;
        long startedAt;
        long answeredAt = -1;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final List<SessionSecret> secrets = new ArrayList<>();
        final List<QuicConnection.Datagram> sent = new ArrayList<>();

        long answerAfter() {
            return answeredAt - startedAt;
        }
    }

    @Test
    void aResumedConnectionSendsItsRequestInZeroRttAndGetsTheAnswerOneRoundTripSooner() {
        Rig rig = new Rig();
        Client first = rig.connect(null);
        rig.runFor(500 * MS);
        QuicConnection.Resumption ticket = first.socket.connection().resumption().orElseThrow();
        Client second = rig.connect(ticket);
        rig.runFor(500 * MS);

        List<PacketType> firstDatagram = second.sent.get(0).packets().stream().map(QuicPacket::type).toList();
        assertEquals(List.of(PacketType.INITIAL, PacketType.ZERO_RTT), firstDatagram, "the request rides with the ClientHello");
        assertTrue(second.sent.get(0).packets().get(1).frames().stream().anyMatch(f -> f instanceof Frame.Stream st
                && st.streamId() == 0 && st.fin()), "the 0-RTT packet carries stream 0 to its end");
        assertEquals(1200, second.sent.get(0).bytes().length, "still one 1200-byte datagram (RFC 9000 §14.1)");
        assertTrue(second.socket.connection().earlyDataAccepted(), "the server put early_data in EncryptedExtensions");
        assertTrue(rig.accepted.get(1).connection().earlyDataAccepted());
        assertArrayEquals(ANSWER, second.received.toByteArray());
        assertTrue(first.answerAfter() >= 40 * MS, "a fresh connection: the handshake's round trip, then the request's: "
                + first.answerAfter() / 1e6 + " ms");
        assertTrue(second.answerAfter() >= 20 * MS && second.answerAfter() < 30 * MS,
                "resumed: one round trip for the answer, " + second.answerAfter() / 1e6 + " ms");
        assertTrue(first.answerAfter() - second.answerAfter() >= 19 * MS, "one RTT (20 ms) sooner");
        assertTrue(second.secrets.stream().anyMatch(s -> s.label().equals("CLIENT_EARLY_TRAFFIC_SECRET")));
        List<QuicEvent> server = rig.accepted.get(1).connection().events();
        long answered = server.stream().filter(e -> e.kind() == QuicEvent.Kind.PACKET_SENT && e.type() == PacketType.ONE_RTT
                && e.detail().contains("STREAM")).findFirst().orElseThrow().time();
        long complete = server.stream().filter(e -> e.kind() == QuicEvent.Kind.HANDSHAKE_COMPLETE).findFirst().orElseThrow().time();
        assertTrue(answered < complete, "the server answered in 1-RTT before the client's Finished (0.5-RTT, RFC 9001 §4.1.1)");
        assertTrue(second.sent.stream().skip(1).flatMap(d -> d.packets().stream()).noneMatch(p -> p.type() == PacketType.ZERO_RTT),
                "no 0-RTT packet once the 1-RTT keys exist (RFC 9001 §4.9.3)");
    }

    @Test
    void aReplayedTicketGetsAFullHandshakeAndTheRequestGoesAgainInOneRtt() {
        Rig rig = new Rig();
        Client first = rig.connect(null);
        rig.runFor(500 * MS);
        QuicConnection.Resumption ticket = first.socket.connection().resumption().orElseThrow();
        rig.connect(ticket);
        rig.runFor(500 * MS);
        Client again = rig.connect(ticket); // single-use tickets: the server no longer knows this one (RFC 8446 §8.1)
        rig.runFor(500 * MS);

        assertEquals(PacketType.ZERO_RTT, again.sent.get(0).packets().get(1).type(), "the client tried 0-RTT");
        assertFalse(again.socket.connection().earlyDataAccepted());
        assertTrue(rig.accepted.get(2).connection().events().stream().anyMatch(e -> e.kind() == QuicEvent.Kind.PACKET_DROPPED
                && e.type() == PacketType.ZERO_RTT), "the server could not read the 0-RTT packet");
        assertArrayEquals(ANSWER, again.received.toByteArray(), "the request went again in 1-RTT and was answered");
        assertTrue(again.answerAfter() >= 40 * MS, "a full round trip more: " + again.answerAfter() / 1e6 + " ms");
        Map<Long, Integer> seen = new HashMap<>();
        again.sent.stream().flatMap(d -> d.packets().stream()).filter(p -> p.type() == PacketType.ONE_RTT)
                .flatMap(p -> p.frames().stream()).filter(f -> f instanceof Frame.Stream st && st.streamId() == 0)
                .forEach(f -> seen.merge(0L, 1, Integer::sum));
        assertEquals(1, seen.get(0L), "stream 0 went once more, in a 1-RTT packet");
    }
}
