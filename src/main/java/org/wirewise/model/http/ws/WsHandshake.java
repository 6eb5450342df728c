package org.wirewise.model.http.ws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpMethod;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.HttpBody;

/**
 * The opening handshake (RFC 6455 §4): an HTTP/1.1 GET asking to upgrade, and the server's
 * 101 Switching Protocols proving it read the client's key.
 */
public final class WsHandshake {

    /** The GUID §1.3 appends to the key before hashing. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** The only version RFC 6455 defines (§4.1). */
    public static final String VERSION = "13";

    private WsHandshake() {
    }

    /** A Sec-WebSocket-Key: 16 random bytes, base64 (§4.1), drawn from the lesson's seeded source. */
    public static String newKey(RandomGenerator random) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** Sec-WebSocket-Accept: base64 of the SHA-1 of the key followed by the GUID (§1.3, §4.2.2). */
    public static String accept(String key) {
        return Base64.getEncoder().encodeToString(sha1(key + GUID));
    }

    static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    /** The client's upgrade request (§4.1). */
    public static HttpRequest request(String host, String path, String key) {
        return HttpRequest.get(host, path, HttpFields.of(
                "Upgrade", "websocket",
                "Connection", "Upgrade",
                "Sec-WebSocket-Key", key,
                "Sec-WebSocket-Version", VERSION));
    }

    /**
     * The server's answer (§4.2.2): 101 with the accept value, or, for a request that is not a
     * valid upgrade, 426 naming the supported version when it asks for another version and 400 otherwise.
     */
    public static HttpResponse respond(HttpRequest request) {
        Optional<String> problem = requestProblem(request);
        if (problem.isEmpty()) {
            String key = request.fields().get("Sec-WebSocket-Key").orElseThrow();
            return HttpResponse.of(HttpStatus.of(101), HttpFields.of(
                    "Upgrade", "websocket",
                    "Connection", "Upgrade",
                    "Sec-WebSocket-Accept", accept(key)), HttpBody.NONE);
        }
        if (request.fields().get("Sec-WebSocket-Version").filter(v -> !v.equals(VERSION)).isPresent()) {
            return HttpResponse.text(HttpStatus.of(426), HttpFields.of("Sec-WebSocket-Version", VERSION), problem.get());
        }
        return HttpResponse.text(HttpStatus.BAD_REQUEST, HttpFields.EMPTY, problem.get());
    }

    /** What makes {@code request} not a WebSocket opening handshake (§4.2.1), if anything. */
    public static Optional<String> requestProblem(HttpRequest request) {
        HttpFields f = request.fields();
        if (request.method() != HttpMethod.GET) {
            return Optional.of("the upgrade must be a GET, got " + request.method());
        }
        if (!f.hasToken("Upgrade", "websocket")) {
            return Optional.of("no \"Upgrade: websocket\" field");
        }
        if (!f.hasToken("Connection", "upgrade")) {
            return Optional.of("no \"Connection: Upgrade\" field");
        }
        if (!f.get("Sec-WebSocket-Version").orElse("").equals(VERSION)) {
            return Optional.of("Sec-WebSocket-Version must be " + VERSION);
        }
        String key = f.get("Sec-WebSocket-Key").orElse("");
        try {
            if (Base64.getDecoder().decode(key).length != 16) {
                return Optional.of("Sec-WebSocket-Key must be 16 bytes in base64");
            }
        } catch (IllegalArgumentException e) {
            return Optional.of("Sec-WebSocket-Key is not base64");
        }
        return Optional.empty();
    }

    /** What makes {@code response} fail the connection for a client that sent {@code key} (§4.1), if anything. */
    public static Optional<String> responseProblem(HttpResponse response, String key) {
        if (response.status().code() != 101) {
            return Optional.of("the server answered " + response.status() + ", not 101 Switching Protocols");
        }
        if (!response.fields().hasToken("Upgrade", "websocket") || !response.fields().hasToken("Connection", "upgrade")) {
            return Optional.of("the 101 lacks \"Upgrade: websocket\" or \"Connection: Upgrade\"");
        }
        String expected = accept(key);
        String got = response.fields().get("Sec-WebSocket-Accept").orElse("");
        if (!got.equals(expected)) {
            return Optional.of("Sec-WebSocket-Accept is \"" + got + "\", expected \"" + expected + "\"");
        }
        return Optional.empty();
    }
}
