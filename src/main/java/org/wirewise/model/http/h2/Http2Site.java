package org.wirewise.model.http.h2;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wirewise.model.http.hpack.BrowserHeaders;
import org.wirewise.model.http.hpack.HeaderField;

/** The page the lesson loads: an HTML file, then a stylesheet, a script and an image at once. */
final class Http2Site {

    static final String HOST = "shop.example";

    record Resource(String path, String type, int size, String accept, String dest, String priority) {
    }

    static final Resource PAGE = new Resource("/", "text/html", 12_000, "", "document", "u=0, i");
    static final List<Resource> ASSETS = List.of(
            new Resource("/css/site.css", "text/css", 40_000, "text/css,*/*;q=0.1", "style", "u=0"),
            new Resource("/js/app.js", "application/javascript", 60_000, "*/*", "script", "u=1"),
            new Resource("/img/hero.jpg", "image/jpeg", 90_000, "image/avif,image/webp,image/apng,image/*,*/*;q=0.8",
                    "image", "u=2, i"));

    private Http2Site() {
    }

    static List<HeaderField> request(Resource r, String scheme) {
        String origin = scheme + "://" + HOST + "/";
        List<HeaderField> fields = r == PAGE ? BrowserHeaders.page(HOST, r.path())
                : BrowserHeaders.asset(HOST, r.path(), r.accept(), r.dest(), origin, r.priority());
        return fields.stream().map(f -> f.name().equals(":scheme") ? new HeaderField(":scheme", scheme) : f).toList();
    }

    static H2Server.Response respond(List<HeaderField> request, byte[] body) {
        String path = request.stream().filter(f -> f.name().equals(":path")).findFirst().map(HeaderField::value).orElse("");
        Resource r = ASSETS.stream().filter(a -> a.path().equals(path)).findFirst().orElse(PAGE);
        List<HeaderField> headers = List.of(new HeaderField(":status", "200"), new HeaderField("server", "nginx"),
                new HeaderField("date", "Sun, 06 Dec 2026 08:00:00 GMT"), new HeaderField("content-type", r.type()),
                new HeaderField("content-length", Integer.toString(r.size())),
                new HeaderField("cache-control", "max-age=3600"));
        return new H2Server.Response(headers, filler(r));
    }

    /** A body of the resource's size, readable text so a capture shows something plain. */
    private static byte[] filler(Resource r) {
        byte[] line = ("/* " + r.path() + " */\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[r.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = line[i % line.length];
        }
        return out;
    }
}
