package org.wirewise.model.http.hpack;

import java.util.ArrayList;
import java.util.List;

/**
 * A realistic header set: the request fields a desktop Chrome sends for a page and then for a
 * stylesheet on the same connection (names, order and typical values as Chrome 120 sends them
 * over HTTP/2), so compression is measured on what browsers really send, cookie included.
 */
public final class BrowserHeaders {

    public static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    public static final String COOKIE = "session=8f3c2a91d0b74e6a9c15f2e8b3d40a7c; theme=dark; consent=1";

    private BrowserHeaders() {
    }

    /** The navigation request for {@code path} on {@code host}. */
    public static List<HeaderField> page(String host, String path) {
        List<HeaderField> fields = new ArrayList<>(List.of(
                f(":method", "GET"), f(":authority", host), f(":scheme", "https"), f(":path", path),
                f("sec-ch-ua", "\"Not_A Brand\";v=\"8\", \"Chromium\";v=\"120\", \"Google Chrome\";v=\"120\""),
                f("sec-ch-ua-mobile", "?0"), f("sec-ch-ua-platform", "\"Windows\""),
                f("upgrade-insecure-requests", "1"), f("user-agent", USER_AGENT),
                f("accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                        + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"),
                f("sec-fetch-site", "none"), f("sec-fetch-mode", "navigate"), f("sec-fetch-user", "?1"),
                f("sec-fetch-dest", "document"), f("priority", "u=0, i")));
        fields.addAll(common());
        return fields;
    }

    /** A subresource request (a stylesheet, a script, an image) the page leads to. */
    public static List<HeaderField> asset(String host, String path, String accept, String dest, String referer) {
        return asset(host, path, accept, dest, referer, "u=1");
    }

    /** An asset request with its RFC 9218 priority field ("u=0" for a stylesheet, "u=2, i" for an image...). */
    public static List<HeaderField> asset(String host, String path, String accept, String dest, String referer,
                                          String priority) {
        List<HeaderField> fields = new ArrayList<>(List.of(
                f(":method", "GET"), f(":authority", host), f(":scheme", "https"), f(":path", path),
                f("sec-ch-ua", "\"Not_A Brand\";v=\"8\", \"Chromium\";v=\"120\", \"Google Chrome\";v=\"120\""),
                f("sec-ch-ua-mobile", "?0"), f("user-agent", USER_AGENT), f("sec-ch-ua-platform", "\"Windows\""),
                f("accept", accept), f("sec-fetch-site", "same-origin"), f("sec-fetch-mode", "no-cors"),
                f("sec-fetch-dest", dest), f("referer", referer), f("priority", priority)));
        fields.addAll(common());
        return fields;
    }

    /** The stylesheet request after {@link #page}. */
    public static List<HeaderField> stylesheet(String host, String path, String referer) {
        return asset(host, path, "text/css,*/*;q=0.1", "style", referer, "u=0");
    }

    private static List<HeaderField> common() {
        return List.of(f("accept-encoding", "gzip, deflate, br"), f("accept-language", "en-GB,en;q=0.9"),
                f("cookie", COOKIE));
    }

    private static HeaderField f(String name, String value) {
        return new HeaderField(name, value);
    }
}
