package org.wirewise.model.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.realtime.RealtimeChooser.Requirement;
import org.wirewise.model.realtime.RealtimeChooser.Technique;
import org.wirewise.model.realtime.RealtimeChooser.Verdict;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The choose-realtime lesson: the requirements, then each technique weighed requirement by
 * requirement (linked to the lesson steps that show it), then the ranking. No packets: it points
 * to the lessons that have them.
 */
public final class ChoiceSimulator {

    public static final String LESSON_ID = "choose-realtime";
    public static final String LANE = "you";
    public static final TableKey REQUIREMENTS = TableKey.of("choice-requirements");
    public static final TableKey VERDICTS = TableKey.of("choice-verdicts");
    public static final TableKey DECISION = TableKey.of("choice-decision");
    public static final List<TableKey> TABLES = List.of(REQUIREMENTS, VERDICTS, DECISION);

    private ChoiceSimulator() {
    }

    public static Trace simulate(ChoiceScenario s) {
        return simulate(s, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the verdicts are the same in every language. */
    public static Trace simulate(ChoiceScenario s, Locale language) {
        if (s.updatesPerMinute() < 1 || s.updatesPerMinute() > ChoiceScenario.MAX_RATE) {
            throw new IllegalArgumentException("updatesPerMinute must be 1 to " + ChoiceScenario.MAX_RATE + ", got "
                    + s.updatesPerMinute());
        }
        ChoiceNarration n = new ChoiceNarration(s, language);
        TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(new Lane(LANE, n.laneTitle(), "")));
        List<Technique> ranked = RealtimeChooser.ranked(s);
        Table requirements = requirements(n);
        trace.step(0, n.introTitle(), n.intro(), List.of("RFC 6455 §1.1", "RFC 6202 §1"), -1, snapshot(requirements));
        for (Technique t : RealtimeChooser.SHOWN) {
            List<Verdict> v = RealtimeChooser.verdicts(s, t);
            List<Table.Row> rows = new ArrayList<>();
            for (Verdict x : v) {
                rows.add(new Table.Row(List.of(n.name(x.requirement()), n.fit(x.fit()),
                        n.why(x.reason())), x.fit() != RealtimeChooser.Fit.YES));
            }
            trace.step(0, n.techniqueTitle(t, v), n.technique(t, v, ranked.indexOf(t)), n.references(t), -1,
                    snapshot(requirements, new Table(VERDICTS, n.verdictsTitle(t), n.verdictsColumns(), rows)), n.links(t));
        }
        Technique winner = ranked.get(0);
        List<StepLink> links = n.links(winner);
        trace.step(0, n.choiceTitle(winner), n.choice(ranked), n.references(winner), -1,
                snapshot(requirements, decision(s, n, ranked)), links);
        return trace.build();
    }

    private static Table requirements(ChoiceNarration n) {
        List<Table.Row> rows = new ArrayList<>();
        for (Requirement r : Requirement.values()) {
            rows.add(Table.Row.of(n.name(r), n.answer(r)));
        }
        return new Table(REQUIREMENTS, n.requirementsTitle(), n.requirementsColumns(), rows);
    }

    private static Table decision(ChoiceScenario s, ChoiceNarration n, List<Technique> ranked) {
        List<Table.Row> rows = new ArrayList<>();
        for (Technique t : RealtimeChooser.SHOWN) {
            List<String> cells = new ArrayList<>(List.of(n.name(t)));
            RealtimeChooser.verdicts(s, t).forEach(v -> cells.add(n.fit(v.fit())));
            cells.add(n.verdict(ranked.indexOf(t)));
            rows.add(new Table.Row(cells, t == ranked.get(0)));
        }
        return new Table(DECISION, n.decisionTitle(), n.decisionColumns(), rows);
    }

    private static Snapshot snapshot(Table... tables) {
        return new Snapshot(List.of(), List.of(), List.of(tables), List.of());
    }
}
