package org.wirewise.model.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.Table;

/** Every sentence of the HTTP/1.1 basics lesson; numbers, fields and codes come from the run. */
final class HttpBasicsNarration {

    private final HttpBasicsScenario s;

    HttpBasicsNarration(HttpBasicsScenario s) {
        this.s = s;
    }

    String laneTitle(String lane) {
        return switch (lane) {
            case HttpBasicsSimulator.CLIENT -> "Browser";
            case HttpBasicsSimulator.WWW -> "www";
            case HttpBasicsSimulator.PROXY -> "Proxy";
            default -> "API";
        };
    }

    String introTitle() {
        return "An HTTP/1.1 exchange, byte by byte";
    }

    String intro(String client, String www) {
        return "The browser at " + client + " loads http://" + ShopSite.HOST + "/ from the origin at " + www + ", "
                + ms(s.rttMs()) + " away, then asks the questions a system designer meets: is my copy still good, "
                + "where did the page move, who am I, how fast may I ask, and what does a proxy say when the server "
                + "behind it fails. Every message is real HTTP/1.1 (RFC 9112) over simulated TCP; the bytes pane "
                + "shows each one as Wireshark reads it.";
    }

    String synTitle() {
        return "First a TCP connection";
    }

    String syn(long handshake, int port) {
        return "HTTP/1.1 runs over a reliable connection (RFC 9112 §9.1), so before the first byte of a request the "
                + "browser spends a round trip on TCP's handshake from port " + port + ": SYN out, SYN-ACK back after "
                + ms(handshake) + ". The connection then stays open for the next request: persistence is HTTP/1.1's "
                + "default (RFC 9112 §9.3), unless a side sends Connection: close.";
    }

    String requestTitle() {
        return "The request: request line, fields, empty line";
    }

    String request(HttpRequest r, int bytes) {
        return "\"" + r.startLine() + "\" is the request line: method, request target in origin form, version "
                + "(RFC 9112 §3). Field lines \"Name: value\" follow (§5): Host is required in every HTTP/1.1 request "
                + "(RFC 9110 §7.2), because one address serves many sites; " + names(r.fields()) + " describe the "
                + "client. An empty line (CRLF) ends the head. A GET carries no content, so it has no Content-Length: "
                + bytes + " bytes in all, one TCP segment.";
    }

    String responseTitle() {
        return s.framing() == HttpBasicsScenario.Framing.CHUNKED ? "The response, in chunks" : "The response and its Content-Length";
    }

    String response(HttpResponse r, int head, long took) {
        String framing = s.framing() == HttpBasicsScenario.Framing.CHUNKED
                ? "There is no length: Transfer-Encoding: chunked (RFC 9112 §7.1) sends the body as chunks, each after "
                        + "its size in hexadecimal (" + hexSizes(r.body().chunks()) + "), then a chunk of size 0 ends it. "
                        + "A server streams this way when it does not know the length before it starts: "
                        + r.body().chunks().size() + " chunks carry " + r.body().length() + " bytes, and the framing "
                        + "costs " + (r.encode().length - head - r.body().length()) + " bytes more. "
                : "Content-Length: " + r.body().length() + " tells the browser exactly where the body ends (RFC 9112 "
                        + "§6.2), which is what lets the next response follow on the same connection. ";
        return "\"" + r.startLine() + "\" is the status line: version, status code, reason phrase (RFC 9112 §4). "
                + framing + "ETag " + r.fields().get("ETag").orElse("") + " names this version of the page (RFC 9110 "
                + "§8.8.3). " + head + " bytes of head and " + r.body().length() + " of content arrived " + ms(took)
                + " after the request left: one round trip.";
    }

    String methodsTitle() {
        return "Methods: safe and idempotent";
    }

    String methods() {
        return "GET is safe (RFC 9110 §9.2.1): it asks for no change on the server. Idempotent methods (§9.2.2) have "
                + "the same effect sent once or twice, so when a connection dies before the response arrives a client "
                + "or proxy may send them again on its own; POST and PATCH may not be repeated blindly: a retried POST "
                + "can place an order twice, which is why payment APIs take an Idempotency-Key. The table lists each "
                + "method, whether a client may retry it on its own, and what content in the request means.";
    }

    String conditionalTitle() {
        return "A conditional GET: If-None-Match";
    }

    String conditional(String etag) {
        return "The browser kept the page and its ETag; Cache-Control: no-cache told it to check with the server "
                + "before reusing it (RFC 9111 §5.2.2.4). If-None-Match: " + etag + " makes the GET conditional (RFC "
                + "9110 §13.1.2): send the page only if its current ETag is different.";
    }

    String notModifiedTitle() {
        return "304 Not Modified";
    }

    String notModified(int bytes, int fullBytes, long took) {
        return "The page has not changed, so the server answers 304 Not Modified (RFC 9110 §15.4.5) with only a head: "
                + bytes + " bytes instead of the " + fullBytes + " of the full response, and the browser shows its "
                + "cached copy. A 304 never has content, whatever its fields say (RFC 9112 §6.3), so it needs no "
                + "length. It still cost a round trip: " + ms(took) + ".";
    }

    String movedTitle() {
        return "301 Moved Permanently, followed";
    }

    String moved(String location, long took, long followed) {
        return "/docs has moved for good: 301 Moved Permanently (RFC 9110 §15.4.2) with Location: " + location
                + ". The browser sends a new GET there on the same connection and may remember the move (search "
                + "engines move the old address's rank to the new one). The redirect took " + ms(took) + " and the "
                + "followed request " + ms(followed) + ": every redirect costs a round trip.";
    }

    String foundTitle() {
        return "302 Found: a temporary redirect";
    }

    String found(String location, long followed) {
        return "302 Found (RFC 9110 §15.4.3) sends this visitor, not logged in, from /cart to " + location + "; the "
                + "browser follows it (" + ms(followed) + ") but will ask for /cart again next time, since the move "
                + "is not permanent. Browsers turn a redirected POST into a GET after 301 and 302; 307 and 308 are "
                + "the codes that keep the method.";
    }

    String unauthorizedTitle() {
        return "401 Unauthorized: who are you?";
    }

    String unauthorized(String challenge) {
        return "The request to /api/orders carried no credentials. 401 Unauthorized (RFC 9110 §15.5.2) says so, and "
                + "WWW-Authenticate: " + challenge + " (§11.6.1) says how to prove who you are: send a bearer token "
                + "in the Authorization field and ask again.";
    }

    String forbiddenTitle() {
        return "403 Forbidden: known, and refused";
    }

    String forbidden() {
        return "This request carried a valid shopper's token (Authorization: Bearer " + ShopSite.SHOPPER_TOKEN
                + "), but /admin/orders is for administrators. 403 Forbidden (RFC 9110 §15.5.4): the server knows "
                + "who is asking and refuses. Sending the same credentials again will not help; 401 asks for "
                + "credentials, 403 refuses the ones given.";
    }

    String rateLimitedTitle() {
        return "429 Too Many Requests, with Retry-After";
    }

    String rateLimited(String retryAfter, int burst) {
        return "The search allows " + burst + " requests a second per client (a token bucket, refilled one token a "
                + "second). The browser's " + ordinal(burst + 1) + " search within that second is refused with 429 "
                + "Too Many Requests (RFC 6585 §4), and Retry-After: " + retryAfter + " (RFC 9110 §10.2.3) says "
                + "how many seconds to wait. A good client waits at least that long, with some random jitter so "
                + "that many clients do not all come back at once.";
    }

    String retryTitle() {
        return "Retry after waiting";
    }

    String retry(String retryAfter, long waited, int port, int requests) {
        return "The browser waited the " + retryAfter + " s Retry-After asked for (" + ms(waited) + " between the "
                + "429 and this request), and the same search now gets a 200. All " + requests + " requests so far "
                + "went over the one connection from port " + port + ": no handshake after the first.";
    }

    String proxyTitle() {
        return "Through a reverse proxy";
    }

    String proxy(String proxyAddress, String apiAddress) {
        return "Now the browser asks " + HttpBasicsSimulator.API_HOST + ", which is served through a reverse proxy at "
                + proxyAddress + " (a gateway, RFC 9110 §3.7, as NGINX or a load balancer is). The proxy terminates "
                + "the browser's connection, reads the request and opens its own connection to the API origin at "
                + apiAddress + ":" + HttpBasicsSimulator.API_PORT + ", adding Via: 1.1 edge (§7.6.3).";
    }

    String resetTitle() {
        return "The API is down: a reset";
    }

    String reset() {
        return "Nothing listens on port " + HttpBasicsSimulator.API_PORT + " of the API origin, so its TCP answers "
                + "the proxy's SYN with a reset (RFC 9293 §3.10.7.1). The proxy has no response to relay.";
    }

    String badGatewayTitle() {
        return "502 Bad Gateway";
    }

    String badGateway(String failure) {
        return "The proxy, not the API, wrote this response: 502 Bad Gateway (RFC 9110 §15.6.3) means it got no valid "
                + "answer from upstream (" + failure + "). Via names the proxy. The fix is behind the proxy: a "
                + "crashed process, a wrong upstream port, a refused connection.";
    }

    String gatewayTimeoutTitle() {
        return "504 Gateway Timeout";
    }

    String gatewayTimeout(long took) {
        return "The API is back and takes the proxy's connection, but /api/report needs " + ms(HttpBasicsSimulator.SLOW_REPORT)
                + " and the proxy waits " + ms(HttpBasicsSimulator.PROXY_TIMEOUT) + " (NGINX's proxy_read_timeout "
                + "is 60 s by default). It gives up, closes its upstream connection and answers 504 Gateway Timeout "
                + "(RFC 9110 §15.6.5), " + ms(took) + " after the browser asked. The API may still finish the work: "
                + "a timeout does not say whether it happened, another reason retries need idempotent requests.";
    }

    String unavailableTitle() {
        return "503 Service Unavailable, relayed";
    }

    String unavailable(String retryAfter, String via) {
        return "This 503 Service Unavailable (RFC 9110 §15.6.4) comes from the API itself, relayed by the proxy (Via: "
                + via + "): the server is up but refuses work for now, for maintenance or to shed load, and "
                + "Retry-After: " + retryAfter + " says for how long. A load balancer's health check takes a backend "
                + "answering 503 out of rotation.";
    }

    String summaryTitle() {
        return "Status classes";
    }

    String summary(List<Integer> codes, int requests, int connections) {
        return "The first digit of a status code is its class (RFC 9110 §15), enough for a client that does not know "
                + "the code: 2xx use it, 3xx look elsewhere, 4xx change the request, 5xx try later or elsewhere. This "
                + "run met " + codes.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("none") + ". "
                + requests + " requests used " + connections + " TCP connections: one to each server, kept alive.";
    }

    List<String> references(String... sections) {
        return List.of(sections);
    }

    String exchangesTitle() {
        return "Requests so far, by server";
    }

    List<String> exchangeColumns() {
        return List.of("#", "GET", "Took", "Answer");
    }

    List<String> exchangeRow(int index, HttpExchange e, String server, boolean answered) {
        String answer = !answered ? "…" : e.response().map(r -> r.status().toString()).orElse("failed: " + e.failure());
        String took = answered && e.sentAt() >= 0 ? ms((e.completeAt() - e.sentAt()) / 1e6) : "";
        String method = e.request().method() == HttpMethod.GET ? "" : e.request().method() + " ";
        return List.of(Integer.toString(index + 1), server + " " + method + e.request().target(), took, answer);
    }

    String methodsTableTitle() {
        return "Methods (RFC 9110 §9.2, §9.3)";
    }

    List<String> methodColumns() {
        return List.of("Method", "Safe", "Idempotent", "Auto-retry", "Content");
    }

    List<Table.Row> methodRows() {
        return Arrays.stream(HttpMethod.values()).map(m -> new Table.Row(List.of(m.name(), yes(m.safe()),
                yes(m.idempotent()), yes(m.retryableAfterConnectionFailure()), content(m.body())),
                m == HttpMethod.GET)).toList();
    }

    String classesTitle() {
        return "Status classes (RFC 9110 §15)";
    }

    List<String> classColumns() {
        return List.of("Class", "Means", "Met here");
    }

    List<Table.Row> classRows(List<Integer> codes) {
        return Arrays.stream(HttpStatus.StatusClass.values()).map(c -> {
            String met = codes.stream().filter(code -> HttpStatus.of(code).statusClass() == c).distinct()
                    .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
            return new Table.Row(List.of(c.label(), meaning(c), met), !met.isEmpty());
        }).toList();
    }

    private static String meaning(HttpStatus.StatusClass c) {
        return switch (c) {
            case INFORMATIONAL -> "interim: the final response follows";
            case SUCCESSFUL -> "done: use the content";
            case REDIRECTION -> "look elsewhere, or use your copy";
            case CLIENT_ERROR -> "change the request before repeating it";
            case SERVER_ERROR -> "the server failed: later, or elsewhere";
        };
    }

    private static String content(HttpMethod.Body b) {
        return switch (b) {
            case EXPECTED -> "what it acts on";
            case ALLOWED -> "allowed, no use";
            case NO_MEANING -> "no meaning";
            case FORBIDDEN -> "forbidden";
        };
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String names(HttpFields fields) {
        return fields.list().stream().map(HttpFields.Field::name).filter(n -> !n.equals("Host"))
                .reduce((a, b) -> a + " and " + b).orElse("no other fields");
    }

    private static String hexSizes(List<Integer> sizes) {
        return sizes.stream().map(n -> Integer.toHexString(n).toUpperCase(Locale.ROOT) + " = " + n)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis >= 100 || millis == Math.rint(millis) ? "%.0f ms" : "%.1f ms", millis);
    }

    static String ms(long nanos) {
        return ms(nanos / 1e6);
    }
}
