package org.wirewise.model.http.h3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.quic.QuicListener;
import org.wirewise.model.quic.QuicSocket;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.transport.ClientServer;

/** HTTP/3 over the simulated QUIC connection: a page and its assets fetched on one connection, each on its own stream. */
class Http3Test {

    @Test
    void aPageAndItsAssetsComeBackOnOneConnection() {
        ClientServer net = new ClientServer(3, 40, 50, 1000);
        LessonServer identity = LessonServer.of(3);
        QuicListener.on(net.network.simulation(), net.server, 443,
                () -> new TlsServer(identity.identity(), new SeededSecureRandom(new SplittableRandom(5))), "h3",
                s -> Http3Server.on(s, r -> HttpResponse.of(HttpStatus.OK, HttpFields.of("content-type", "text/css"),
                        HttpBody.sized(new byte[r.target().equals("/") ? 20_000 : 3_000]))));
        TlsClient tls = new TlsClient("shop.example.com", identity.clientCheck(), new SeededSecureRandom(new SplittableRandom(6)));
        QuicSocket socket = QuicSocket.client(net.network.simulation(), net.client, 50_000, net.server.address(), 443, tls, "h3");
        Http3Client client = new Http3Client(socket, "shop.example.com");
        List<HttpRequest> page = new ArrayList<>();
        page.add(HttpRequest.get("shop.example.com", "/", HttpFields.EMPTY));
        for (int i = 0; i < 5; i++) {
            page.add(HttpRequest.get("shop.example.com", "/asset" + i + ".css", HttpFields.EMPTY));
        }
        List<RequestTiming> timings = new ArrayList<>();
        client.fetch(page, timings::addAll);
        socket.connect();
        net.network.simulation().runUntil(5_000_000_000L);
        assertEquals(6, timings.size());
        assertEquals(6, client.responses().size());
        assertTrue(client.responses().stream().allMatch(r -> r.status().code() == 200));
        assertEquals(20_000, client.responses().stream().mapToInt(r -> r.body().length()).max().orElseThrow());
        RequestTiming first = timings.get(0);
        assertTrue(first.sentAt() >= 40_000_000L && first.sentAt() < 45_000_000L,
                "requests wait one RTT for the handshake: sent at " + first.sentAt() / 1e6 + " ms");
        assertTrue(timings.stream().allMatch(t -> t.completeAt() > t.firstByteAt() && t.firstByteAt() >= t.sentAt() + 40_000_000L));
    }
}
