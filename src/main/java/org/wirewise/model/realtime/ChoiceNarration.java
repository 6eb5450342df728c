package org.wirewise.model.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.realtime.RealtimeChooser.Fit;
import org.wirewise.model.realtime.RealtimeChooser.Reason;
import org.wirewise.model.realtime.RealtimeChooser.Requirement;
import org.wirewise.model.realtime.RealtimeChooser.Technique;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.StepLink;

/**
 * Every sentence of the choose-realtime lesson in one language ({@code choose-realtime.properties} and its
 * translations): requirements, techniques, reasons, and where each is shown.
 */
final class ChoiceNarration {

    private final ChoiceScenario s;
    private final Texts texts;

    ChoiceNarration(ChoiceScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of("org.wirewise.model.realtime.choose-realtime", language);
    }

    String laneTitle() {
        return texts.get("lane");
    }

    String name(Technique t) {
        return texts.get("technique." + t.name());
    }

    String name(Requirement r) {
        return texts.get("requirement." + r.name());
    }

    String answer(Requirement r) {
        return switch (r) {
            case DIRECTION -> texts.get(s.direction() == ChoiceScenario.Direction.BOTH ? "answer.both" : "answer.serverToClient");
            case FREQUENCY -> texts.get("answer.frequency", new Units(texts.language()).grouped(s.updatesPerMinute()));
            case BROWSER -> yesNo(s.browser());
            case PROXIES -> yesNo(s.proxies());
            case BINARY -> yesNo(s.binary());
        };
    }

    private String yesNo(boolean yes) {
        return texts.get(yes ? "answer.yes" : "answer.no");
    }

    String fit(Fit f) {
        return texts.get("fit." + f.name());
    }

    String why(Reason r) {
        String limit = switch (r) {
            case POLL_RARE -> Integer.toString(RealtimeChooser.POLL_RARE);
            case POLL_TOO_OFTEN -> Integer.toString(RealtimeChooser.POLL_LIMIT);
            case LONG_POLL_FEW -> Integer.toString(RealtimeChooser.LONG_POLL_FEW);
            case LONG_POLL_TOO_MANY -> Integer.toString(RealtimeChooser.LONG_POLL_LIMIT);
            default -> "";
        };
        return texts.get("reason." + r.name(), limit);
    }

    /** The steps of other lessons that show a technique at work, at their defaults. */
    List<StepLink> links(Technique t) {
        return switch (t) {
            case REST_POLLING -> List.of(
                    link("sse-and-polling", 2, "poll.timer"),
                    link("sse-and-polling", 3, "poll.empty"),
                    link("sse-and-polling", 5, "poll.measured"));
            case LONG_POLLING -> List.of(
                    link("sse-and-polling", 6, "long.holds"),
                    link("sse-and-polling", 7, "long.event"),
                    link("sse-and-polling", 9, "long.measured"));
            case SSE -> List.of(
                    link("sse-and-polling", 10, "sse.get"),
                    link("sse-and-polling", 12, "sse.event"),
                    link("sse-and-polling", 14, "sse.reconnect"),
                    link("sse-and-polling", 16, "sse.measured"));
            case GRPC -> List.of(
                    link("grpc", 4, "grpc.unary"),
                    link("grpc", 7, "grpc.server"),
                    link("grpc", 15, "grpc.bidi"),
                    link("grpc", 22, "grpc.deadline"),
                    link("grpc", 24, "grpc.rest"));
            case WEBSOCKET -> List.of(
                    link("websocket", 6, "ws.push"),
                    link("websocket", 3, "ws.upgrade"),
                    link("websocket", 12, "ws.binary"),
                    link("websocket", 17, "ws.cost"),
                    link("websocket-scaling", 3, "ws.stateful"),
                    link("websocket-scaling", 15, "ws.herd"));
        };
    }

    private StepLink link(String lesson, int step, String caption) {
        return new StepLink(lesson, step, texts.get("link." + caption));
    }

    String introTitle() {
        return texts.get("intro.title");
    }

    String intro() {
        return texts.get("intro", answer(Requirement.DIRECTION), answer(Requirement.FREQUENCY), answer(Requirement.BROWSER),
                answer(Requirement.PROXIES), answer(Requirement.BINARY));
    }

    String techniqueTitle(Technique t, List<RealtimeChooser.Verdict> v) {
        long no = v.stream().filter(x -> x.fit() == Fit.NO).count();
        long care = v.stream().filter(x -> x.fit() == Fit.WITH_CARE).count();
        return texts.get(no > 0 ? "technique.title.no" : care == 0 ? "technique.title.fits" : "technique.title.care", name(t));
    }

    String technique(Technique t, List<RealtimeChooser.Verdict> v, int rank) {
        StringBuilder text = new StringBuilder(summary(t));
        for (RealtimeChooser.Verdict x : v) {
            if (x.fit() != Fit.YES) {
                text.append(texts.get("technique.misfit", name(x.requirement()), why(x.reason())));
            }
        }
        text.append(texts.get(rank == 0 ? "technique.pick" : rank > 0 ? "technique.rank." + Math.min(rank + 1, 5)
                : "technique.out"));
        return text.toString();
    }

    private String summary(Technique t) {
        return texts.get("summary." + t.name());
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
        return texts.get("choice.title", name(winner));
    }

    String choice(List<Technique> ranked) {
        Technique w = ranked.get(0);
        StringBuilder text = new StringBuilder(texts.get("choice", name(w), summary(w)));
        if (ranked.size() > 1) {
            text.append(texts.get("choice.next", String.join(", ", ranked.subList(1, ranked.size()).stream()
                    .map(this::name).toList())));
        }
        text.append(texts.get("choice.rule"));
        return text.toString();
    }

    String requirementsTitle() {
        return texts.get("requirements.title");
    }

    List<String> requirementsColumns() {
        return List.of(texts.get("col.requirement"), texts.get("col.answer"));
    }

    String verdictsTitle(Technique t) {
        return texts.get("verdicts.title", name(t));
    }

    List<String> verdictsColumns() {
        return List.of(texts.get("col.requirement"), texts.get("col.fit"), texts.get("col.why"));
    }

    String decisionTitle() {
        return texts.get("decision.title");
    }

    List<String> decisionColumns() {
        List<String> c = new java.util.ArrayList<>(List.of(texts.get("col.technique")));
        for (Requirement r : Requirement.values()) {
            c.add(texts.get("col." + r.name())); // short heads: seven columns must fit beside the narration at 1280 px
        }
        c.add(texts.get("col.verdict"));
        return c;
    }

    String verdict(int rank) {
        return rank < 0 ? texts.get("verdict.out") : rank == 0 ? texts.get("verdict.pick")
                : texts.get("verdict.fits", Integer.toString(rank + 1));
    }
}
