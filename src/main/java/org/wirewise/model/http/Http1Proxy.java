package org.wirewise.model.http;

import java.net.InetAddress;
import java.util.Objects;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpStack;

/**
 * A reverse proxy (a gateway, RFC 9110 §3.7) as an {@link Http1Server.Handler}: each request goes
 * to the upstream on a new connection, as NGINX does unless told to keep upstream connections
 * alive. What the upstream answers is relayed with a Via field (§7.6.3) and the hop-by-hop fields
 * dropped (§7.6.1); when the upstream cannot answer, the proxy says why itself: 502 Bad Gateway
 * when the connection is refused or the response is not HTTP (§15.6.3), 504 Gateway Timeout when
 * no response arrives in time (§15.6.5).
 */
public final class Http1Proxy implements Http1Server.Handler {

    /** What became of one request at the upstream, for a lesson to narrate. */
    public record Relay(HttpRequest request, HttpExchange upstream, HttpResponse answered, boolean timedOut) {
    }

    private final HostNode host;
    private final TcpConfig config;
    private final InetAddress upstream;
    private final int upstreamPort;
    private final long timeout;
    private final String via;
    private Consumer<Relay> observer = r -> { };

    /**
     * @param timeout how long the proxy waits for the upstream's response (NGINX's proxy_read_timeout)
     * @param via     this proxy's name in the Via field ("1.1 edge")
     */
    public Http1Proxy(HostNode host, TcpConfig config, InetAddress upstream, int upstreamPort, long timeout, String via) {
        this.host = Objects.requireNonNull(host);
        this.config = Objects.requireNonNull(config);
        this.upstream = Objects.requireNonNull(upstream);
        this.upstreamPort = upstreamPort;
        this.timeout = timeout;
        this.via = via;
    }

    public Http1Proxy observe(Consumer<Relay> o) {
        this.observer = Objects.requireNonNull(o);
        return this;
    }

    @Override
    public void handle(HttpRequest request, Consumer<HttpResponse> respond) {
        Http1Connection c = Http1Connection.open(TcpStack.of(host), config, upstream, upstreamPort);
        HttpRequest forwarded = new HttpRequest(request.method(), request.target(), "HTTP/1.1",
                hopByHopRemoved(request.fields()).with("Via", request.version().substring(5) + " " + via),
                request.body(), request.trailers());
        boolean[] answered = new boolean[1];
        host.network().simulation().schedule(timeout, () -> {
            if (!answered[0]) {
                answered[0] = true;
                c.close(); // gives up on the upstream, as proxy_read_timeout does
                HttpResponse r = HttpResponse.text(HttpStatus.GATEWAY_TIMEOUT, HttpFields.of("Via", "1.1 " + via),
                        "the upstream did not answer within " + timeout / 1_000_000 + " ms\n");
                observer.accept(new Relay(request, null, r, true));
                respond.accept(r);
            }
        });
        c.send(forwarded, exchange -> {
            if (answered[0]) {
                return;
            }
            answered[0] = true;
            HttpResponse r = exchange.response().map(this::relayed).orElseGet(() -> HttpResponse.text(
                    HttpStatus.BAD_GATEWAY, HttpFields.of("Via", "1.1 " + via),
                    "the upstream could not be reached: " + exchange.failure() + "\n"));
            c.close();
            observer.accept(new Relay(request, exchange, r, false));
            respond.accept(r);
        });
    }

    private HttpResponse relayed(HttpResponse r) {
        HttpFields fields = hopByHopRemoved(r.fields()).with("Via", r.version().substring(5) + " " + via);
        HttpBody body = r.status().forbidsContent() ? HttpBody.NONE : HttpBody.sized(r.body().bytes());
        return HttpResponse.of(r.status(), fields, body);
    }

    /** RFC 9110 §7.6.1: Connection and the fields it names, Keep-Alive, TE, Transfer-Encoding, Upgrade. */
    static HttpFields hopByHopRemoved(HttpFields fields) {
        HttpFields out = fields;
        for (String named : fields.tokens("Connection")) {
            out = out.without(named);
        }
        for (String hop : new String[] {"Connection", "Keep-Alive", "Proxy-Connection", "TE", "Transfer-Encoding",
                "Upgrade", "Content-Length"}) {
            out = out.without(hop);
        }
        return out;
    }
}
