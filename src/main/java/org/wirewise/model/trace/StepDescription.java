package org.wirewise.model.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.wirewise.model.sim.Link;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * What a step shows, in words a screen reader can say in place of the pictures: the packet the step
 * is about (its label, who sends it to whom, when, what becomes of it, its TCP or UDP numbers read
 * from its frame), the participants whose state changed since the step before, and the table rows
 * the step highlights. Built from the trace alone, so every lesson has it, in the trace's language
 * (the lane titles, states and tables come translated with the trace; the joining words from
 * {@code describe.properties}).
 */
public final class StepDescription {

    private static final String BUNDLE = "org.wirewise.model.trace.describe";

    private final Trace trace;
    private final Texts texts;
    private final Units units;
    private TransportNumbers numbers;

    public StepDescription(Trace trace, Locale language) {
        this.trace = trace;
        this.texts = Texts.of(BUNDLE, language);
        this.units = new Units(texts.language());
    }

    /** The description of step {@code index} (from 0). */
    public String describe(int index) {
        Step step = trace.step(index);
        List<String> sentences = new ArrayList<>();
        if (step.packetId() >= 0 && step.packetId() < trace.packets().size()) {
            TracePacket packet = trace.packets().get(step.packetId());
            sentences.add(packet(packet));
            transport(packet.id()).ifPresent(sentences::add);
        }
        sentences.addAll(stateChanges(index));
        for (Table table : step.snapshot().tables()) {
            highlighted(table).ifPresent(sentences::add);
        }
        if (sentences.isEmpty()) {
            sentences.add(texts.get("nothing"));
        }
        return String.join(" ", sentences);
    }

    /** "Step 3 of 8, at 40.006 ms": where a step sits in the trace, for a list of every step. */
    public String position(int index) {
        return texts.get("position", Integer.toString(index + 1), Integer.toString(trace.stepCount()),
                units.time(trace.step(index).time()));
    }

    /** What a reader announces when the player reaches step {@code index}: where, its title, what it shows. */
    public String announcement(int index) {
        return texts.get("announcement", position(index), trace.step(index).title(), describe(index));
    }

    /** Step {@code index} as a transcript entry: where and when, its title, what it shows, its narration. */
    public String entry(int index) {
        Step step = trace.step(index);
        return String.join("\n", position(index), step.title(), describe(index), step.narration());
    }

    /** The whole trace as text, one entry per step with a blank line between: what a transcript saves. */
    public String transcript() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < trace.stepCount(); i++) {
            text.append(entry(i)).append("\n\n");
        }
        return text.toString();
    }

    private String packet(TracePacket p) {
        // Labels are wire notation, the same in every language; runs of spaces would be read as pauses.
        Object[] args = {Integer.toString(p.id() + 1), p.label().strip().replaceAll("\\s+", " "),
                laneTitle(p.from()), laneTitle(p.to()), units.time(p.sentAt()), units.time(p.arrivesAt())};
        return texts.get(p.fate() == Link.Fate.DELIVERED ? "packet.delivered"
                : p.fate() == Link.Fate.LOST_IN_TRANSIT ? "packet.lost" : "packet.dropped", args);
    }

    private Optional<String> transport(int packetId) {
        if (numbers == null) {
            numbers = new TransportNumbers(trace.packets()); // decoded once, on the first packet described
        }
        return numbers.of(packetId).map(n -> {
            String from = Integer.toString(n.sourcePort());
            String to = Integer.toString(n.destinationPort());
            String data = n.dataBytes() == 1 ? texts.get("data.one") : texts.get("data.many", units.grouped(n.dataBytes()));
            if (!n.tcp()) {
                return texts.get("udp", from, to, data);
            }
            return n.ack() < 0 ? texts.get("tcp", from, to, n.flags(), Long.toString(n.seq()), data)
                    : texts.get("tcp.ack", from, to, n.flags(), Long.toString(n.seq()), Long.toString(n.ack()), data);
        });
    }

    private List<String> stateChanges(int index) {
        List<String> changes = new ArrayList<>();
        Snapshot before = index == 0 ? null : trace.step(index - 1).snapshot();
        for (NodeState node : trace.step(index).snapshot().nodes()) {
            if (node.state() == null || node.state().isBlank()) {
                continue;
            }
            Optional<NodeState> previous = before == null ? Optional.empty() : before.node(node.lane());
            if (before == null) {
                changes.add(texts.get("state.initial", laneTitle(node.lane()), node.state()));
            } else if (previous.isEmpty() || !previous.get().state().equals(node.state())) {
                changes.add(texts.get("state.now", laneTitle(node.lane()), node.state()));
            }
        }
        return changes;
    }

    private Optional<String> highlighted(Table table) {
        StringJoiner rows = new StringJoiner("; ");
        for (Table.Row row : table.rows()) {
            if (!row.highlighted()) {
                continue;
            }
            StringJoiner cells = new StringJoiner(", ");
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = row.cells().get(c);
                if (cell != null && !cell.isBlank()) {
                    cells.add(texts.get("cell", table.columns().get(c), cell));
                }
            }
            rows.add(cells.toString());
        }
        return rows.length() == 0 ? Optional.empty() : Optional.of(texts.get("table", table.title(), rows.toString()));
    }

    private String laneTitle(String laneId) {
        return trace.lanes().stream().filter(l -> l.id().equals(laneId)).map(Lane::title).findFirst().orElse(laneId);
    }
}
