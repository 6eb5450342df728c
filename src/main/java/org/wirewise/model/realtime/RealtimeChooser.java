package org.wirewise.model.realtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weighs each real-time technique against each requirement: fits, fits with care (a cost or a
 * condition), or does not fit. The pick is the simplest technique with no misfit and the fewest
 * cautions. The rate limits are this lesson's rules of thumb and are stated where they are used.
 */
final class RealtimeChooser {

    /** The techniques, simplest first: the order breaks ties. */
    enum Technique { REST_POLLING, SSE, LONG_POLLING, WEBSOCKET, GRPC }

    /** The order the lesson presents them in: from asking to pushing to calling. */
    static final List<Technique> SHOWN = List.of(Technique.REST_POLLING, Technique.LONG_POLLING, Technique.SSE,
            Technique.WEBSOCKET, Technique.GRPC);

    enum Requirement { DIRECTION, FREQUENCY, BROWSER, PROXIES, BINARY }

    enum Fit { YES, WITH_CARE, NO }

    /** How one technique meets one requirement, and why (a key the narration words). */
    record Verdict(Technique technique, Requirement requirement, Fit fit, Reason reason) {
    }

    enum Reason {
        POLL_WAITS, POLL_UP_BY_POST, PUSH, ONE_WAY_PLUS_POSTS, HELD_GET_PLUS_POSTS, FULL_DUPLEX, BIDI_STREAM,
        POLL_RARE, POLL_OFTEN, POLL_TOO_OFTEN, LONG_POLL_FEW, LONG_POLL_MANY, LONG_POLL_TOO_MANY, STREAM_ANY_RATE,
        BROWSER_FETCH, BROWSER_EVENTSOURCE, BROWSER_WEBSOCKET, NO_BROWSER_NEEDED, WS_WITHOUT_BROWSER, GRPC_WEB_ONLY,
        PLAIN_HTTP, LONG_POLL_PROXY_TIMEOUT, SSE_BUFFERING, WS_UPGRADE_BLOCKED, GRPC_NEEDS_H2, NO_PROXIES,
        ANY_BODY, SSE_BASE64, WS_BINARY_FRAMES, PROTOBUF, TEXT_ENOUGH
    }

    /** Polling once a minute or less often wastes little; more than once a second it cannot keep up. */
    static final int POLL_RARE = 1;
    static final int POLL_LIMIT = 60;
    /** Long polling pays a full request per update: fine up to one every 10 s, too much beyond ten a second. */
    static final int LONG_POLL_FEW = 6;
    static final int LONG_POLL_LIMIT = 600;

    private RealtimeChooser() {
    }

    static List<Verdict> verdicts(ChoiceScenario s, Technique t) {
        List<Verdict> v = new ArrayList<>();
        for (Requirement r : Requirement.values()) {
            v.add(verdict(s, t, r));
        }
        return v;
    }

    /** The techniques that fit, best first: no misfit, fewest cautions, simplest. */
    static List<Technique> ranked(ChoiceScenario s) {
        return java.util.Arrays.stream(Technique.values())
                .filter(t -> verdicts(s, t).stream().noneMatch(v -> v.fit() == Fit.NO))
                .sorted(Comparator.comparingLong((Technique t) -> cautions(s, t)).thenComparing(Technique::ordinal))
                .toList();
    }

    static long cautions(ChoiceScenario s, Technique t) {
        return verdicts(s, t).stream().filter(v -> v.fit() == Fit.WITH_CARE).count();
    }

    private static Verdict verdict(ChoiceScenario s, Technique t, Requirement r) {
        return switch (r) {
            case DIRECTION -> direction(s, t);
            case FREQUENCY -> frequency(s, t);
            case BROWSER -> !s.browser() ? (t == Technique.WEBSOCKET ? of(t, r, Fit.WITH_CARE, Reason.WS_WITHOUT_BROWSER)
                    : of(t, r, Fit.YES, Reason.NO_BROWSER_NEEDED)) : switch (t) {
                case REST_POLLING, LONG_POLLING -> of(t, r, Fit.YES, Reason.BROWSER_FETCH);
                case SSE -> of(t, r, Fit.YES, Reason.BROWSER_EVENTSOURCE);
                case WEBSOCKET -> of(t, r, Fit.YES, Reason.BROWSER_WEBSOCKET);
                case GRPC -> of(t, r, Fit.NO, Reason.GRPC_WEB_ONLY);
            };
            case PROXIES -> !s.proxies() ? of(t, r, Fit.YES, Reason.NO_PROXIES) : switch (t) {
                case REST_POLLING -> of(t, r, Fit.YES, Reason.PLAIN_HTTP);
                case LONG_POLLING -> of(t, r, Fit.WITH_CARE, Reason.LONG_POLL_PROXY_TIMEOUT);
                case SSE -> of(t, r, Fit.WITH_CARE, Reason.SSE_BUFFERING);
                case WEBSOCKET -> of(t, r, Fit.WITH_CARE, Reason.WS_UPGRADE_BLOCKED);
                case GRPC -> of(t, r, Fit.NO, Reason.GRPC_NEEDS_H2);
            };
            case BINARY -> !s.binary() ? of(t, r, Fit.YES, Reason.TEXT_ENOUGH) : switch (t) {
                case REST_POLLING, LONG_POLLING -> of(t, r, Fit.YES, Reason.ANY_BODY);
                case SSE -> of(t, r, Fit.WITH_CARE, Reason.SSE_BASE64);
                case WEBSOCKET -> of(t, r, Fit.YES, Reason.WS_BINARY_FRAMES);
                case GRPC -> of(t, r, Fit.YES, Reason.PROTOBUF);
            };
        };
    }

    private static Verdict direction(ChoiceScenario s, Technique t) {
        Requirement r = Requirement.DIRECTION;
        boolean both = s.direction() == ChoiceScenario.Direction.BOTH;
        return switch (t) {
            case REST_POLLING -> both ? of(t, r, Fit.WITH_CARE, Reason.POLL_UP_BY_POST) : of(t, r, Fit.WITH_CARE, Reason.POLL_WAITS);
            case LONG_POLLING -> both ? of(t, r, Fit.WITH_CARE, Reason.HELD_GET_PLUS_POSTS) : of(t, r, Fit.YES, Reason.PUSH);
            case SSE -> both ? of(t, r, Fit.WITH_CARE, Reason.ONE_WAY_PLUS_POSTS) : of(t, r, Fit.YES, Reason.PUSH);
            case WEBSOCKET -> of(t, r, Fit.YES, both ? Reason.FULL_DUPLEX : Reason.PUSH);
            case GRPC -> of(t, r, Fit.YES, both ? Reason.BIDI_STREAM : Reason.PUSH);
        };
    }

    private static Verdict frequency(ChoiceScenario s, Technique t) {
        Requirement r = Requirement.FREQUENCY;
        int f = s.updatesPerMinute();
        return switch (t) {
            case REST_POLLING -> f <= POLL_RARE ? of(t, r, Fit.YES, Reason.POLL_RARE)
                    : f <= POLL_LIMIT ? of(t, r, Fit.WITH_CARE, Reason.POLL_OFTEN) : of(t, r, Fit.NO, Reason.POLL_TOO_OFTEN);
            case LONG_POLLING -> f <= LONG_POLL_FEW ? of(t, r, Fit.YES, Reason.LONG_POLL_FEW)
                    : f <= LONG_POLL_LIMIT ? of(t, r, Fit.WITH_CARE, Reason.LONG_POLL_MANY)
                    : of(t, r, Fit.NO, Reason.LONG_POLL_TOO_MANY);
            default -> of(t, r, Fit.YES, Reason.STREAM_ANY_RATE);
        };
    }

    private static Verdict of(Technique t, Requirement r, Fit fit, Reason reason) {
        return new Verdict(t, r, fit, reason);
    }
}
