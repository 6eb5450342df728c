package org.wirewise.model.http;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpStack;

/**
 * The HTTP/1.1 basics lesson on one network: a browser, the shop's origin (www) and, for the
 * gateway errors, a reverse proxy in front of an API origin, all behind one router. The browser
 * keeps one connection to each server alive and asks its questions one after another, each when
 * the answer before it is in: the home page, a conditional GET, two redirects it follows, 401 and
 * 403, searches until 429 and a retry after Retry-After, then through the proxy a 502 (the API is
 * down), a 504 (the API is too slow) and a 503 the API sends while in maintenance.
 */
public final class HttpBasicsSimulator {

    public static final String LESSON_ID = "http-basics";
    /** The requests answered so far, the step's one highlighted. */
    public static final TableKey EXCHANGES = TableKey.of("http-exchanges");
    /** The methods table of RFC 9110 §9.2, on its step. */
    public static final TableKey METHODS = TableKey.of("http-methods");
    /** The status classes and the codes this run met, on the last step. */
    public static final TableKey STATUS_CLASSES = TableKey.of("http-status-classes");
    /** The tables a view shows, in order. */
    public static final List<TableKey> TABLES = List.of(EXCHANGES, METHODS, STATUS_CLASSES);
    static final String CLIENT = "client";
    static final String WWW = "www";
    static final String PROXY = "proxy";
    static final String API = "api";
    static final int API_PORT = 8080;
    /** The proxy's wait for the API (NGINX's proxy_read_timeout is 60 s; the lesson's API is one second from failing). */
    static final long PROXY_TIMEOUT = SimTime.seconds(1);
    /** How long the API's report takes, longer than the proxy waits. */
    static final long SLOW_REPORT = SimTime.seconds(3);
    static final String API_HOST = "api.shop.example";
    static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    /** What an exchange shows the learner. */
    enum Point { PAGE, CONDITIONAL, MOVED, FOUND, FOLLOWED, UNAUTHORIZED, FORBIDDEN, SEARCH, RATE_LIMITED, RETRY,
        BAD_GATEWAY, GATEWAY_TIMEOUT, UNAVAILABLE }

    /** One finished exchange and the server lane that answered. */
    record Done(Point point, String server, HttpExchange exchange) {
    }

    private final HttpBasicsScenario s;
    private final Network net;
    private final HostNode client;
    private final HostArrows arrows = new HostArrows();
    private final List<Done> done = new ArrayList<>();
    private final ArrayDeque<Consumer<Runnable>> script = new ArrayDeque<>();
    private Http1Server api;
    private Http1Connection toWww;
    private Http1Connection toProxy;

    public static Trace simulate(HttpBasicsScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(HttpBasicsScenario scenario, Locale language) {
        return new HttpBasicsSimulator(scenario).run(language);
    }

    private HttpBasicsSimulator(HttpBasicsScenario scenario) {
        this.s = scenario;
        this.net = new Network(scenario.seed());
        RouterNode router = net.router("internet");
        client = host(CLIENT, "192.0.2.10/24", router, "192.0.2.1/24", 0x0a, s.rttMs() / 4);
        HostNode www = host(WWW, "198.51.100.80/24", router, "198.51.100.1/24", 0x50, s.rttMs() / 4);
        HostNode proxy = host(PROXY, "203.0.113.10/24", router, "203.0.113.1/24", 0x70, s.rttMs() / 4);
        HostNode apiHost = host(API, "10.0.0.80/24", router, "10.0.0.1/24", 0x80, 0.5);
        net.observe(arrows::observe);
        new Http1Server(www, "shop", 80, LINUX, new ShopSite(s, net::now)).start();
        new Http1Server(proxy, "edge", 80, LINUX, new Http1Proxy(proxy, LINUX, apiHost.address(), API_PORT,
                PROXY_TIMEOUT, "edge")).start();
        TcpStack.on(apiHost); // the host is up, its web server is not: a SYN to port 8080 meets a reset
        api = new Http1Server(apiHost, "api", API_PORT, LINUX, this::apiAnswer);
    }

    private HostNode host(String name, String cidr, RouterNode router, String routerCidr, int id, double delayMs) {
        HostNode h = net.host(name);
        h.addInterface("eth0", MacAddress.of(String.format("02:00:00:00:00:%02x", id)), cidr);
        String gateway = routerCidr.substring(0, routerCidr.indexOf('/'));
        h.gateway(gateway);
        var port = router.addInterface("eth" + router.interfaces().size(),
                MacAddress.of(String.format("02:00:00:00:01:%02x", id)));
        port.address(routerCidr);
        net.connect(h.iface("eth0"), port, Cable.Spec.of(1000, delayMs));
        return h;
    }

    /** The API behind the proxy once it is back: a report slower than the proxy waits, orders in maintenance. */
    private void apiAnswer(HttpRequest r, Consumer<HttpResponse> respond) {
        if (r.target().startsWith("/api/report")) {
            net.simulation().schedule(SLOW_REPORT, () -> respond.accept(HttpResponse.of(HttpStatus.OK,
                    HttpFields.of("Content-Type", "application/json"), HttpBody.sized("{\"report\":\"ready\"}"))));
        } else {
            respond.accept(HttpResponse.of(HttpStatus.SERVICE_UNAVAILABLE, HttpFields.of("Retry-After", "120",
                    "Content-Type", "application/json"), HttpBody.sized("{\"error\":\"down for maintenance\"}")));
        }
    }

    private Trace run(Locale language) {
        InetAddress www = net.node(WWW) instanceof HostNode h ? h.address() : null;
        InetAddress proxy = net.node(PROXY) instanceof HostNode h ? h.address() : null;
        TcpStack tcp = TcpStack.on(client);
        toWww = Http1Connection.open(tcp, LINUX, www, 80);
        ask(WWW, Point.PAGE, () -> get(ShopSite.HOST, "/", "text/html"));
        ask(WWW, Point.CONDITIONAL, () -> get(ShopSite.HOST, "/", "text/html")
                .with("If-None-Match", last().response().orElseThrow().fields().get("ETag").orElse("")));
        ask(WWW, Point.MOVED, () -> get(ShopSite.HOST, "/docs", "text/html"));
        ask(WWW, Point.FOLLOWED, () -> get(ShopSite.HOST, location(), "text/html"));
        ask(WWW, Point.FOUND, () -> get(ShopSite.HOST, "/cart", "text/html"));
        ask(WWW, Point.FOLLOWED, () -> get(ShopSite.HOST, location(), "text/html"));
        ask(WWW, Point.UNAUTHORIZED, () -> get(ShopSite.HOST, "/api/orders", "application/json"));
        ask(WWW, Point.FORBIDDEN, () -> get(ShopSite.HOST, "/admin/orders", "application/json")
                .with("Authorization", "Bearer " + ShopSite.SHOPPER_TOKEN));
        for (int i = 0; i < ShopSite.SEARCH_BURST; i++) {
            ask(WWW, Point.SEARCH, () -> get(ShopSite.HOST, "/api/search?q=dock", "application/json"));
        }
        ask(WWW, Point.RATE_LIMITED, () -> get(ShopSite.HOST, "/api/search?q=dock", "application/json"));
        script.add(next -> net.simulation().schedule(SimTime.seconds(Long.parseLong(
                last().response().orElseThrow().fields().get("Retry-After").orElse("1"))), next));
        ask(WWW, Point.RETRY, () -> get(ShopSite.HOST, "/api/search?q=dock", "application/json"));
        script.add(next -> {
            toProxy = Http1Connection.open(tcp, LINUX, proxy, 80);
            next.run();
        });
        ask(PROXY, Point.BAD_GATEWAY, () -> get(API_HOST, "/api/orders", "application/json"));
        script.add(next -> {
            api.start(); // the API is back up, but slow and in maintenance
            next.run();
        });
        ask(PROXY, Point.GATEWAY_TIMEOUT, () -> get(API_HOST, "/api/report", "application/json"));
        ask(PROXY, Point.UNAVAILABLE, () -> get(API_HOST, "/api/orders", "application/json"));
        next();
        net.simulation().runUntil(SimTime.seconds(30));
        return new HttpBasicsSteps(s, language, arrows.arrows(), done).build();
    }

    private void ask(String server, Point point, Supplier<HttpRequest> request) {
        script.add(next -> (server.equals(WWW) ? toWww : toProxy).send(request.get(), ex -> {
            done.add(new Done(point, server, ex));
            next.run();
        }));
    }

    private void next() {
        Consumer<Runnable> action = script.poll();
        if (action != null) {
            action.accept(this::next);
        }
    }

    private HttpExchange last() {
        return done.get(done.size() - 1).exchange();
    }

    private String location() {
        return last().response().orElseThrow().fields().get("Location").orElse("/");
    }

    static HttpRequest get(String host, String target, String accept) {
        return HttpRequest.get(host, target, HttpFields.of("User-Agent", "Wirewise/1.0", "Accept", accept));
    }
}
