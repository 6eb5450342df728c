package org.wirewise.model.http.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;

/** The opening handshake of RFC 6455 §4 and the accept value of its §1.3 example. */
class WsHandshakeTest {

    @Test
    void theRfcExampleKeyGivesTheRfcAcceptValue() {
        assertThat(WsHandshake.accept("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    @Test
    void theKeyIsSixteenSeededBytesTheSameForTheSameSeed() {
        String a = WsHandshake.newKey(new SplittableRandom(17));
        assertThat(Base64.getDecoder().decode(a)).hasSize(16);
        assertThat(WsHandshake.newKey(new SplittableRandom(17))).isEqualTo(a);
        assertThat(WsHandshake.newKey(new SplittableRandom(18))).isNotEqualTo(a);
    }

    @Test
    void theServerAnswers101WithTheAcceptValueAndTheClientChecksIt() {
        String key = "dGhlIHNhbXBsZSBub25jZQ==";
        HttpRequest request = WsHandshake.request("server.example.com", "/chat", key);
        String wire = new String(request.encode());
        assertThat(wire).startsWith("GET /chat HTTP/1.1\r\nHost: server.example.com\r\n")
                .contains("Upgrade: websocket\r\n", "Connection: Upgrade\r\n", "Sec-WebSocket-Key: " + key + "\r\n",
                        "Sec-WebSocket-Version: 13\r\n");
        HttpResponse response = WsHandshake.respond(request);
        assertThat(new String(response.encode())).startsWith("HTTP/1.1 101 Switching Protocols\r\n")
                .contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n").endsWith("\r\n\r\n");
        assertThat(WsHandshake.responseProblem(response, key)).isEmpty();
        assertThat(WsHandshake.responseProblem(response, WsHandshake.newKey(new SplittableRandom(1))))
                .get().asString().contains("expected");
    }

    @Test
    void aRequestThatIsNotAnUpgradeGets400AndAWrongVersion426() {
        HttpResponse plain = WsHandshake.respond(HttpRequest.get("h", "/", HttpFields.EMPTY));
        assertThat(plain.status().code()).isEqualTo(400);
        HttpRequest noUpgrade = HttpRequest.get("h", "/", HttpFields.of("Connection", "Upgrade",
                "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version", "13"));
        assertThat(WsHandshake.respond(noUpgrade).status().code()).isEqualTo(400);
        assertThat(WsHandshake.respond(noUpgrade).body().text()).contains("Upgrade: websocket");
        HttpRequest shortKey = WsHandshake.request("h", "/", "c2hvcnQ=");
        assertThat(WsHandshake.requestProblem(shortKey)).get().asString().contains("16 bytes");
        HttpRequest good = WsHandshake.request("h", "/", "dGhlIHNhbXBsZSBub25jZQ==");
        HttpResponse v8 = WsHandshake.respond(new HttpRequest(good.method(), good.target(), good.version(),
                good.fields().without("Sec-WebSocket-Version").with("Sec-WebSocket-Version", "8"), good.body(), good.trailers()));
        assertThat(v8.status().code()).isEqualTo(426);
        assertThat(v8.fields().get("Sec-WebSocket-Version")).contains("13");
    }
}
