package org.wirewise.model.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.realtime.RealtimeChooser.Fit;
import org.wirewise.model.realtime.RealtimeChooser.Reason;
import org.wirewise.model.realtime.RealtimeChooser.Requirement;
import org.wirewise.model.realtime.RealtimeChooser.Technique;
import org.wirewise.model.trace.StepLink;

/** Every sentence of the choose-realtime lesson: requirements, techniques, reasons, and where each is shown. */
final class ChoiceNarration {

    private final ChoiceScenario s;

    ChoiceNarration(ChoiceScenario s) {
        this.s = s;
    }

    String laneTitle() {
        return "Your requirements";
    }

    static String name(Technique t) {
        return switch (t) {
            case REST_POLLING -> "REST polling";
            case LONG_POLLING -> "Long polling";
            case SSE -> "Server-Sent Events";
            case WEBSOCKET -> "WebSocket";
            case GRPC -> "gRPC";
        };
    }

    static String name(Requirement r) {
        return switch (r) {
            case DIRECTION -> "Direction";
            case FREQUENCY -> "Frequency";
            case BROWSER -> "Browser clients";
            case PROXIES -> "Through proxies";
            case BINARY -> "Binary payloads";
        };
    }

    String answer(Requirement r) {
        return switch (r) {
            case DIRECTION -> s.direction() == ChoiceScenario.Direction.BOTH ? "both ways" : "server to client";
            case FREQUENCY -> String.format(Locale.ROOT, "%,d updates a minute", s.updatesPerMinute());
            case BROWSER -> s.browser() ? "yes" : "no";
            case PROXIES -> s.proxies() ? "yes" : "no";
            case BINARY -> s.binary() ? "yes" : "no";
        };
    }

    static String fit(Fit f) {
        return switch (f) {
            case YES -> "fits";
            case WITH_CARE -> "with care";
            case NO -> "no";
        };
    }

    String why(Reason r) {
        return switch (r) {
            case POLL_WAITS -> "the client asks on a timer; an update waits for the next poll";
            case POLL_UP_BY_POST -> "the client sends with POSTs; the server's news waits for a poll";
            case PUSH -> "the server sends as soon as it has an update";
            case ONE_WAY_PLUS_POSTS -> "events flow one way; the client sends with ordinary requests beside the stream";
            case HELD_GET_PLUS_POSTS -> "a held GET carries news down, separate POSTs carry messages up";
            case FULL_DUPLEX -> "one connection, frames both ways at any time";
            case BIDI_STREAM -> "a bidirectional streaming call: messages both ways on one HTTP/2 stream";
            case POLL_RARE -> "at most " + RealtimeChooser.POLL_RARE + " a minute: few wasted polls";
            case POLL_OFTEN -> "many polls come back empty, or updates wait up to the poll interval";
            case POLL_TOO_OFTEN -> "more than " + RealtimeChooser.POLL_LIMIT + " a minute: a poll per update cannot keep up";
            case LONG_POLL_FEW -> "at most " + RealtimeChooser.LONG_POLL_FEW + " a minute: one request per update is cheap";
            case LONG_POLL_MANY -> "a full HTTP request and response per update, and a gap while the next poll opens";
            case LONG_POLL_TOO_MANY -> "more than " + RealtimeChooser.LONG_POLL_LIMIT
                    + " a minute: headers and reconnects cost more than the updates";
            case STREAM_ANY_RATE -> "one open stream: each update costs a few bytes of framing";
            case BROWSER_FETCH -> "every browser can send requests (fetch)";
            case BROWSER_EVENTSOURCE -> "every current browser has EventSource";
            case BROWSER_WEBSOCKET -> "every current browser has the WebSocket API";
            case NO_BROWSER_NEEDED -> "no browser: any client library will do";
            case WS_WITHOUT_BROWSER -> "made for browsers: between services you invent the message format and calls yourself";
            case GRPC_WEB_ONLY -> "browsers cannot read HTTP/2 trailers: gRPC-Web through a proxy, no client or bidirectional streaming";
            case PLAIN_HTTP -> "ordinary requests pass any HTTP proxy";
            case LONG_POLL_PROXY_TIMEOUT -> "a held request must return before the proxy's idle timeout";
            case SSE_BUFFERING -> "a buffering proxy can hold events back: send heartbeat comments";
            case WS_UPGRADE_BLOCKED -> "a proxy that does not know Upgrade drops it: wss:// passes as a CONNECT tunnel";
            case GRPC_NEEDS_H2 -> "needs HTTP/2 end to end; a proxy that speaks HTTP/1.1 to the server breaks it";
            case NO_PROXIES -> "no proxies in the way";
            case ANY_BODY -> "an HTTP body carries any bytes";
            case SSE_BASE64 -> "text/event-stream is UTF-8 text: binary goes base64, 4 bytes for every 3";
            case WS_BINARY_FRAMES -> "binary frames (opcode 2) carry raw bytes";
            case PROTOBUF -> "protobuf messages are binary by design";
            case TEXT_ENOUGH -> "text payloads suit every technique";
        };
    }

    /** The steps of other lessons that show a technique at work, at their defaults. */
    List<StepLink> links(Technique t) {
        return switch (t) {
            case REST_POLLING -> List.of(
                    new StepLink("sse-and-polling", 2, "short polling: asking on a timer"),
                    new StepLink("sse-and-polling", 3, "a poll that finds nothing new"),
                    new StepLink("sse-and-polling", 5, "short polling, measured"));
            case LONG_POLLING -> List.of(
                    new StepLink("sse-and-polling", 6, "the server holds the request"),
                    new StepLink("sse-and-polling", 7, "an event answers the held request at once"),
                    new StepLink("sse-and-polling", 9, "long polling, measured"));
            case SSE -> List.of(
                    new StepLink("sse-and-polling", 10, "one GET for a stream of events"),
                    new StepLink("sse-and-polling", 12, "an event: id, event, data, a blank line"),
                    new StepLink("sse-and-polling", 14, "reconnecting with Last-Event-ID"),
                    new StepLink("sse-and-polling", 16, "SSE, measured"));
            case GRPC -> List.of(
                    new StepLink("grpc", 4, "a unary call, a POST on an HTTP/2 stream"),
                    new StepLink("grpc", 7, "server streaming"),
                    new StepLink("grpc", 15, "bidirectional streaming"),
                    new StepLink("grpc", 22, "a deadline exceeded"),
                    new StepLink("grpc", 24, "gRPC vs REST"));
            case WEBSOCKET -> List.of(
                    new StepLink("websocket", 6, "the server pushes without being asked"),
                    new StepLink("websocket", 3, "the upgrade request a proxy must let through"),
                    new StepLink("websocket", 12, "a binary frame"),
                    new StepLink("websocket", 17, "what the connection cost in frame headers"),
                    new StepLink("websocket-scaling", 3, "why a connection is stateful"),
                    new StepLink("websocket-scaling", 15, "a thundering herd after a restart"));
        };
    }

    String introTitle() {
        return "What do you need?";
    }

    String intro() {
        return "Five ways to get updates from a server, weighed against your requirements: the direction ("
                + answer(Requirement.DIRECTION) + "), " + answer(Requirement.FREQUENCY) + ", browser clients ("
                + answer(Requirement.BROWSER) + "), proxies in the way (" + answer(Requirement.PROXIES)
                + ") and binary payloads (" + answer(Requirement.BINARY) + "). Change them in the parameters and the "
                + "verdicts follow. Each technique's step links to the lesson that shows it on the wire.";
    }

    String techniqueTitle(Technique t, List<RealtimeChooser.Verdict> v) {
        long no = v.stream().filter(x -> x.fit() == Fit.NO).count();
        long care = v.stream().filter(x -> x.fit() == Fit.WITH_CARE).count();
        return name(t) + ": " + (no > 0 ? "does not fit" : care == 0 ? "fits" : "fits with care");
    }

    String technique(Technique t, List<RealtimeChooser.Verdict> v, int rank) {
        StringBuilder text = new StringBuilder(summary(t));
        for (RealtimeChooser.Verdict x : v) {
            if (x.fit() != Fit.YES) {
                text.append(' ').append(name(x.requirement())).append(": ").append(why(x.reason())).append('.');
            }
        }
        text.append(rank == 0 ? " Of the five, this is the one to pick." : rank > 0 ? " It ranks " + ordinal(rank + 1)
                + " of those that fit." : " It is out.");
        return text.toString();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            default -> "fifth";
        };
    }

    private static String summary(Technique t) {
        return switch (t) {
            case REST_POLLING -> "The client asks again and again (GET /updates?since=…); the server answers at once, often "
                    + "with nothing new.";
            case LONG_POLLING -> "The client asks and the server holds the request until it has an update (or a timeout), "
                    + "then the client asks again at once.";
            case SSE -> "One long HTTP response of type text/event-stream: the server writes events as they happen; the "
                    + "browser's EventSource reconnects with Last-Event-ID by itself.";
            case WEBSOCKET -> "An HTTP/1.1 upgrade turns the connection into frames both ways for as long as it stays open.";
            case GRPC -> "Calls over HTTP/2 with protobuf messages: unary, server streaming, client streaming or both ways.";
        };
    }

    List<String> references(Technique t) {
        return switch (t) {
            case REST_POLLING -> List.of("RFC 9110 §9.3.1");
            case LONG_POLLING -> List.of("RFC 6202 §2");
            case SSE -> List.of("HTML Living Standard §9.2");
            case WEBSOCKET -> List.of("RFC 6455 §1.2", "RFC 6455 §5.6");
            case GRPC -> List.of("RFC 9113 §8.1");
        };
    }

    String choiceTitle(Technique winner) {
        return "The choice: " + name(winner);
    }

    String choice(List<Technique> ranked) {
        Technique w = ranked.get(0);
        StringBuilder text = new StringBuilder("For these requirements: " + name(w) + ". " + summary(w));
        if (ranked.size() > 1) {
            text.append(" Next best: ").append(String.join(", ", ranked.subList(1, ranked.size()).stream()
                    .map(ChoiceNarration::name).toList())).append('.');
        }
        text.append(" The simplest technique with no misfit and the fewest cautions wins: a tie goes to the simpler one.");
        return text.toString();
    }

    String requirementsTitle() {
        return "Your requirements";
    }

    List<String> requirementsColumns() {
        return List.of("Requirement", "Your answer");
    }

    String verdictsTitle(Technique t) {
        return name(t) + ", requirement by requirement";
    }

    List<String> verdictsColumns() {
        return List.of("Requirement", "Fit", "Why");
    }

    String decisionTitle() {
        return "Every technique against every requirement";
    }

    List<String> decisionColumns() {
        List<String> c = new java.util.ArrayList<>(List.of("Technique"));
        for (Requirement r : Requirement.values()) {
            c.add(switch (r) { // short heads: seven columns must fit beside the narration at 1280 px
                case DIRECTION -> "Direction";
                case FREQUENCY -> "Rate";
                case BROWSER -> "Browser";
                case PROXIES -> "Proxies";
                case BINARY -> "Binary";
            });
        }
        c.add("Verdict");
        return c;
    }

    String verdict(int rank) {
        return rank < 0 ? "out" : rank == 0 ? "pick" : "fits (" + (rank + 1) + ")";
    }
}
