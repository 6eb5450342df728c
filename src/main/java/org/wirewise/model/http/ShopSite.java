package org.wirewise.model.http;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The basics lesson's origin, www.shop.example: a home page with an ETag, a moved page (301), a
 * cart that sends anonymous visitors to log in (302), an API that wants a token (401) and an admin
 * area the token does not open (403), and a rate-limited search (429).
 */
final class ShopSite implements Http1Server.Handler {

    static final String HOST = "www.shop.example";
    /** The token the client presents: a shopper's, valid, without the admin role. */
    static final String SHOPPER_TOKEN = "shopper-7f3a";
    static final int SEARCH_BURST = 2;
    static final long SEARCH_REFILL = 1_000_000_000L;

    private final HttpBasicsScenario s;
    private final TokenBucket search = new TokenBucket(SEARCH_BURST, SEARCH_REFILL);
    private final java.util.function.LongSupplier clock;

    ShopSite(HttpBasicsScenario s, java.util.function.LongSupplier clock) {
        this.s = s;
        this.clock = clock;
    }

    static String home() {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Shop</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n<header><h1>Shop</h1>\n"
                + "<nav><a href=\"/docs\">Docs</a> <a href=\"/cart\">Cart</a> <a href=\"/search\">Search</a></nav>\n"
                + "</header>\n<main>\n<section class=\"offers\">\n<h2>Today's offers</h2>\n<ul>\n"
                + "<li>Mechanical keyboard, 20% off</li>\n<li>USB-C dock, 15% off</li>\n<li>27\" monitor, 10% off</li>\n"
                + "</ul>\n</section>\n<p>Free delivery on orders over 50 EUR.</p>\n</main>\n"
                + "<footer>Shop example for Wirewise</footer>\n</body>\n</html>\n";
    }

    /** A strong validator from the content, as servers derive one (RFC 9110 §8.8.3). */
    static String etag(String content) {
        CRC32 crc = new CRC32();
        crc.update(content.getBytes(StandardCharsets.UTF_8));
        return "\"" + Long.toHexString(crc.getValue()) + "\"";
    }

    @Override
    public void handle(HttpRequest r, Consumer<HttpResponse> respond) {
        respond.accept(answer(r));
    }

    private HttpResponse answer(HttpRequest r) {
        String path = r.target();
        return switch (path) {
            case "/" -> {
                String etag = etag(home());
                if (r.fields().get("If-None-Match").filter(etag::equals).isPresent()) {
                    yield HttpResponse.of(HttpStatus.NOT_MODIFIED, HttpFields.of("ETag", etag,
                            "Cache-Control", "no-cache"), HttpBody.NONE);
                }
                yield page(HttpFields.of("ETag", etag, "Cache-Control", "no-cache"), home());
            }
            case "/docs" -> redirect(HttpStatus.MOVED_PERMANENTLY, "/docs/");
            case "/docs/" -> page(HttpFields.EMPTY, "<!doctype html>\n<title>Docs</title>\n<h1>Docs</h1>\n");
            case "/cart" -> redirect(HttpStatus.FOUND, "/login?next=/cart");
            case "/login?next=/cart" -> page(HttpFields.EMPTY,
                    "<!doctype html>\n<title>Log in</title>\n<form method=\"post\" action=\"/login\"></form>\n");
            case "/api/orders" -> r.fields().has("Authorization")
                    ? json(HttpStatus.OK, HttpFields.EMPTY, "{\"orders\":[]}")
                    : json(HttpStatus.UNAUTHORIZED, HttpFields.of("WWW-Authenticate", "Bearer realm=\"shop\""),
                            "{\"error\":\"log in first\"}");
            case "/admin/orders" -> json(HttpStatus.FORBIDDEN, HttpFields.EMPTY,
                    "{\"error\":\"this account is not an administrator\"}");
            default -> path.startsWith("/api/search") ? search() : json(HttpStatus.NOT_FOUND, HttpFields.EMPTY,
                    "{\"error\":\"no such page\"}");
        };
    }

    private HttpResponse search() {
        long wait = search.take(clock.getAsLong());
        if (wait == 0) {
            return json(HttpStatus.OK, HttpFields.EMPTY, "{\"results\":[\"keyboard\",\"dock\"]}");
        }
        long seconds = (wait + 999_999_999L) / 1_000_000_000L;
        return json(HttpStatus.TOO_MANY_REQUESTS, HttpFields.of("Retry-After", Long.toString(seconds)),
                "{\"error\":\"" + SEARCH_BURST + " searches per second at most\"}");
    }

    private HttpResponse page(HttpFields fields, String html) {
        byte[] content = html.getBytes(StandardCharsets.UTF_8);
        HttpBody body = s.framing() == HttpBasicsScenario.Framing.CHUNKED
                ? HttpBody.chunked(content, s.chunkSize()) : HttpBody.sized(content);
        return HttpResponse.of(HttpStatus.OK, fields.with("Content-Type", "text/html; charset=utf-8"), body);
    }

    private static HttpResponse redirect(HttpStatus status, String location) {
        return HttpResponse.of(status, HttpFields.of("Location", location), HttpBody.sized(""));
    }

    private static HttpResponse json(HttpStatus status, HttpFields fields, String json) {
        return HttpResponse.of(status, fields.with("Content-Type", "application/json"), HttpBody.sized(json));
    }
}
