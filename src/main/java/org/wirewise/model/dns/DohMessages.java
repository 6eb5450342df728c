package org.wirewise.model.dns;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.http.h2.H2Server;
import org.wirewise.model.http.hpack.HeaderField;

/**
 * DNS queries and answers as HTTP requests and responses (RFC 8484): a GET whose {@code dns}
 * parameter is the query in base64url without padding (§4.1, §6), or a POST whose body is the
 * query (§4.1), both with the media type {@code application/dns-message} (§6). The query's ID is
 * 0 (§4.1: HTTP already matches answers to requests, and an ID of 0 keeps GETs cacheable).
 */
public final class DohMessages {

    /** RFC 8484 §6. */
    public static final String MEDIA_TYPE = "application/dns-message";
    /** The URI template's path, as RFC 8484's examples and most public resolvers use. */
    public static final String PATH = "/dns-query";

    public enum Method { GET, POST }

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private DohMessages() {
    }

    /** The query's bytes as DoH sends them: the same message with ID 0 (§4.1). */
    public static byte[] wire(DnsMessage query) {
        return DnsWire.encode(query.withId(0));
    }

    /** The GET request's :path: {@code /dns-query?dns=} and the query in base64url without padding. */
    public static String getPath(DnsMessage query) {
        return PATH + "?dns=" + BASE64URL.encodeToString(wire(query));
    }

    /** The request's header fields, in RFC 8484 §4.1's order; a POST carries {@link #wire} as its body. */
    public static List<HeaderField> request(Method method, String authority, DnsMessage query) {
        List<HeaderField> start = List.of(new HeaderField(":method", method.name()), new HeaderField(":scheme", "https"),
                new HeaderField(":authority", authority),
                new HeaderField(":path", method == Method.GET ? getPath(query) : PATH),
                new HeaderField("accept", MEDIA_TYPE));
        if (method == Method.GET) {
            return start;
        }
        return java.util.stream.Stream.concat(start.stream(), java.util.stream.Stream.of(
                new HeaderField("content-type", MEDIA_TYPE),
                new HeaderField("content-length", Integer.toString(wire(query).length)))).toList();
    }

    /** The body a request of {@code method} carries: the query for POST, nothing for GET. */
    public static byte[] body(Method method, DnsMessage query) {
        return method == Method.POST ? wire(query) : new byte[0];
    }

    /** The DNS query a DoH request carries, if it is one this server reads (a GET's parameter or a POST's body). */
    public static Optional<DnsMessage> query(List<HeaderField> request, byte[] body) {
        String method = field(request, ":method");
        String path = field(request, ":path");
        try {
            if (method.equals("POST") && path.equals(PATH) && field(request, "content-type").equals(MEDIA_TYPE)) {
                return Optional.of(DnsReader.decode(body));
            }
            String prefix = PATH + "?dns=";
            if (method.equals("GET") && path.startsWith(prefix)) {
                return Optional.of(DnsReader.decode(Base64.getUrlDecoder().decode(path.substring(prefix.length()))));
            }
        } catch (DnsFormatException | IllegalArgumentException e) {
            return Optional.empty(); // not a DNS message, or not base64url: answered 400 by the caller
        }
        return Optional.empty();
    }

    /**
     * The HTTP response carrying {@code answer}: 200 with the media type, and a freshness lifetime
     * no longer than the smallest TTL of its answers (§5.1), so no cache keeps it past its records.
     */
    public static H2Server.Response response(DnsMessage answer) {
        byte[] bytes = DnsWire.encode(answer);
        long maxAge = answer.answers().stream().mapToLong(ResourceRecord::ttl).min().orElse(0);
        return new H2Server.Response(List.of(new HeaderField(":status", "200"),
                new HeaderField("content-type", MEDIA_TYPE), new HeaderField("content-length", Integer.toString(bytes.length)),
                new HeaderField("cache-control", "max-age=" + maxAge)), bytes);
    }

    /** What a server answers to a request that carries no DNS query it can read (§4.2.1: 400 Bad Request). */
    public static H2Server.Response badRequest() {
        return new H2Server.Response(List.of(new HeaderField(":status", "400"), new HeaderField("content-length", "0")),
                new byte[0]);
    }

    /** The DNS answer in a response body, if the response is a 200 with one. */
    static Optional<DnsMessage> answer(byte[] body) {
        try {
            return Optional.of(DnsReader.decode(body));
        } catch (DnsFormatException e) {
            return Optional.empty();
        }
    }

    private static String field(List<HeaderField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(HeaderField::value).findFirst().orElse("");
    }
}
