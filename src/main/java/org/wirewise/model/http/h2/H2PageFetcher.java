package org.wirewise.model.http.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.PageFetcher;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.hpack.HeaderField;

/**
 * The head-of-line lab's view of an {@link H2Client}: HTTP/1.1-shaped requests become HTTP/2
 * header lists (RFC 9113 §8.3.1: pseudo-header fields first, Host as :authority, names in lower
 * case, connection-specific fields dropped as §8.2.2 requires) on streams of one connection.
 */
public final class H2PageFetcher implements PageFetcher {

    private static final Set<String> CONNECTION_SPECIFIC = Set.of("host", "connection", "keep-alive",
            "proxy-connection", "transfer-encoding", "upgrade", "content-length");

    private final H2Client client;
    private final String scheme;

    public H2PageFetcher(H2Client client, String scheme) {
        this.client = client;
        this.scheme = scheme;
    }

    /** The HTTP/2 header list for an HTTP/1.1 request. */
    public List<HeaderField> headerList(HttpRequest r) {
        List<HeaderField> out = new ArrayList<>(List.of(new HeaderField(":method", r.method().name()),
                new HeaderField(":scheme", scheme), new HeaderField(":authority", r.fields().get("Host").orElse("")),
                new HeaderField(":path", r.target())));
        for (HttpFields.Field f : r.fields()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (!CONNECTION_SPECIFIC.contains(name)) {
                out.add(new HeaderField(name, f.value()));
            }
        }
        return out;
    }

    @Override
    public void fetch(List<HttpRequest> requests, Consumer<List<RequestTiming>> done) {
        long asked = client.now(); // before the connection is up, requests wait: queued now, sent later
        client.fetch(requests.stream().map(this::headerList).toList(), requests.stream().map(r -> r.body().bytes()).toList(),
                completions -> done.accept(completions.stream().map(c -> new RequestTiming(c.index(),
                        requests.get(c.index()).target(), asked, c.sentAt(), c.headersAt(), c.completedAt(), 1))
                        .toList()));
    }
}
