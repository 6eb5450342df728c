package org.wirewise.model.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the HTTP/1.1 basics lesson in one language ({@code http-basics.properties} and its
 * translations); numbers, fields and codes come from the run. Field names, status lines and reason
 * phrases are wire notation and stay as sent.
 */
final class HttpBasicsNarration {

    static final String TEXTS = "org.wirewise.model.http.http-basics";

    private final HttpBasicsScenario s;
    private final Texts texts;
    private final HttpUnits units;

    HttpBasicsNarration(HttpBasicsScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(TEXTS, language);
        this.units = new HttpUnits(texts.language());
    }

    String laneTitle(String lane) {
        return texts.get(switch (lane) {
            case HttpBasicsSimulator.CLIENT -> "lane.client";
            case HttpBasicsSimulator.WWW -> "lane.www";
            case HttpBasicsSimulator.PROXY -> "lane.proxy";
            default -> "lane.api";
        });
    }

    String introTitle() {
        return texts.get("step.intro");
    }

    String intro(String client, String www) {
        return texts.get("intro", client, ShopSite.HOST, www, ms(s.rttMs()));
    }

    String synTitle() {
        return texts.get("step.syn");
    }

    String syn(long handshake, int port) {
        return texts.get("syn", Integer.toString(port), ms(handshake));
    }

    String requestTitle() {
        return texts.get("step.request");
    }

    String request(HttpRequest r, int bytes) {
        return texts.get("request", r.startLine(), names(r.fields()), Integer.toString(bytes));
    }

    String responseTitle() {
        return texts.get(chunked() ? "step.response.chunked" : "step.response.length");
    }

    private boolean chunked() {
        return s.framing() == HttpBasicsScenario.Framing.CHUNKED;
    }

    String response(HttpResponse r, int head, long took) {
        String framing = chunked()
                ? texts.get("response.chunked", hexSizes(r.body().chunks()), Integer.toString(r.body().chunks().size()),
                        Integer.toString(r.body().length()), Integer.toString(r.encode().length - head - r.body().length()))
                : texts.get("response.length", Integer.toString(r.body().length()));
        return texts.get("response", r.startLine(), framing, r.fields().get("ETag").orElse(""), Integer.toString(head),
                Integer.toString(r.body().length()), ms(took));
    }

    String methodsTitle() {
        return texts.get("step.methods");
    }

    String methods() {
        return texts.get("methods");
    }

    String conditionalTitle() {
        return texts.get("step.conditional");
    }

    String conditional(String etag) {
        return texts.get("conditional", etag);
    }

    String notModifiedTitle() {
        return texts.get("step.notModified");
    }

    String notModified(int bytes, int fullBytes, long took) {
        return texts.get("notModified", Integer.toString(bytes), Integer.toString(fullBytes), ms(took));
    }

    String movedTitle() {
        return texts.get("step.moved");
    }

    String moved(String location, long took, long followed) {
        return texts.get("moved", location, ms(took), ms(followed));
    }

    String foundTitle() {
        return texts.get("step.found");
    }

    String found(String location, long followed) {
        return texts.get("found", location, ms(followed));
    }

    String unauthorizedTitle() {
        return texts.get("step.unauthorized");
    }

    String unauthorized(String challenge) {
        return texts.get("unauthorized", challenge);
    }

    String forbiddenTitle() {
        return texts.get("step.forbidden");
    }

    String forbidden() {
        return texts.get("forbidden", ShopSite.SHOPPER_TOKEN);
    }

    String rateLimitedTitle() {
        return texts.get("step.rateLimited");
    }

    String rateLimited(String retryAfter, int burst) {
        return texts.get("rateLimited", Integer.toString(burst), ordinal(burst + 1), retryAfter);
    }

    String retryTitle() {
        return texts.get("step.retry");
    }

    String retry(String retryAfter, long waited, int port, int requests) {
        return texts.get("retry", retryAfter, ms(waited), Integer.toString(requests), Integer.toString(port));
    }

    String proxyTitle() {
        return texts.get("step.proxy");
    }

    String proxy(String proxyAddress, String apiAddress) {
        return texts.get("proxy", HttpBasicsSimulator.API_HOST, proxyAddress, apiAddress,
                Integer.toString(HttpBasicsSimulator.API_PORT));
    }

    String resetTitle() {
        return texts.get("step.reset");
    }

    String reset() {
        return texts.get("reset", Integer.toString(HttpBasicsSimulator.API_PORT));
    }

    String badGatewayTitle() {
        return texts.get("step.badGateway");
    }

    String badGateway(String failure) {
        return texts.get("badGateway", failure);
    }

    String gatewayTimeoutTitle() {
        return texts.get("step.gatewayTimeout");
    }

    String gatewayTimeout(long took) {
        return texts.get("gatewayTimeout", ms(HttpBasicsSimulator.SLOW_REPORT), ms(HttpBasicsSimulator.PROXY_TIMEOUT),
                ms(took));
    }

    String unavailableTitle() {
        return texts.get("step.unavailable");
    }

    String unavailable(String retryAfter, String via) {
        return texts.get("unavailable", via, retryAfter);
    }

    String summaryTitle() {
        return texts.get("step.summary");
    }

    String summary(List<Integer> codes, int requests, int connections) {
        return texts.get("summary", codes.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b)
                .orElse(texts.get("summary.none")), Integer.toString(requests), Integer.toString(connections));
    }

    List<String> references(String... sections) {
        return List.of(sections);
    }

    String exchangesTitle() {
        return texts.get("table.exchanges");
    }

    List<String> exchangeColumns() {
        return List.of(texts.get("table.exchanges.number"), texts.get("table.exchanges.get"),
                texts.get("table.exchanges.took"), texts.get("table.exchanges.answer"));
    }

    List<String> exchangeRow(int index, HttpExchange e, String server, boolean answered) {
        String answer = !answered ? "…" : e.response().map(r -> r.status().toString()).orElseGet(() -> texts.get("table.exchanges.failed", e.failure()));
        String took = answered && e.sentAt() >= 0 ? ms((e.completeAt() - e.sentAt()) / 1e6) : "";
        String method = e.request().method() == HttpMethod.GET ? "" : e.request().method() + " ";
        return List.of(Integer.toString(index + 1), server + " " + method + e.request().target(), took, answer);
    }

    String methodsTableTitle() {
        return texts.get("table.methods");
    }

    List<String> methodColumns() {
        return List.of(texts.get("table.methods.method"), texts.get("table.methods.safe"),
                texts.get("table.methods.idempotent"), texts.get("table.methods.retry"), texts.get("table.methods.content"));
    }

    List<Table.Row> methodRows() {
        return Arrays.stream(HttpMethod.values()).map(m -> new Table.Row(List.of(m.name(), yes(m.safe()),
                yes(m.idempotent()), yes(m.retryableAfterConnectionFailure()), content(m.body())),
                m == HttpMethod.GET)).toList();
    }

    String classesTitle() {
        return texts.get("table.classes");
    }

    List<String> classColumns() {
        return List.of(texts.get("table.classes.class"), texts.get("table.classes.means"), texts.get("table.classes.met"));
    }

    List<Table.Row> classRows(List<Integer> codes) {
        return Arrays.stream(HttpStatus.StatusClass.values()).map(c -> {
            String met = codes.stream().filter(code -> HttpStatus.of(code).statusClass() == c).distinct()
                    .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
            return new Table.Row(List.of(texts.get("class." + key(c)), texts.get("means." + key(c)), met),
                    !met.isEmpty());
        }).toList();
    }

    /** The bundle's name of a status class: "class.KEY" is its label, "means.KEY" what it asks of a client. */
    private static String key(HttpStatus.StatusClass c) {
        return switch (c) {
            case INFORMATIONAL -> "informational";
            case SUCCESSFUL -> "successful";
            case REDIRECTION -> "redirection";
            case CLIENT_ERROR -> "clientError";
            case SERVER_ERROR -> "serverError";
        };
    }

    private String content(HttpMethod.Body b) {
        return texts.get(switch (b) {
            case EXPECTED -> "content.expected";
            case ALLOWED -> "content.allowed";
            case NO_MEANING -> "content.noMeaning";
            case FORBIDDEN -> "content.forbidden";
        });
    }

    private String yes(boolean b) {
        return texts.get(b ? "yes" : "no");
    }

    private String names(HttpFields fields) {
        return fields.list().stream().map(HttpFields.Field::name).filter(n -> !n.equals("Host"))
                .reduce((a, b) -> texts.get("request.and", a, b)).orElse(texts.get("request.noOtherFields"));
    }

    private static String hexSizes(List<Integer> sizes) {
        return sizes.stream().map(n -> Integer.toHexString(n).toUpperCase(Locale.ROOT) + " = " + n)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private String ordinal(int n) {
        return n <= 3 ? texts.get("ordinal." + n) : texts.get("ordinal.n", Integer.toString(n));
    }

    String ms(double millis) {
        return units.ms(millis);
    }

    String ms(long nanos) {
        return units.ms(nanos);
    }
}
