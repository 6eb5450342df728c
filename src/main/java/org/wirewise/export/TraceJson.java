package org.wirewise.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TimeSeries;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.trace.Variable;

/** A trace as JSON: steps with each node's state and variables, then the packets. */
public final class TraceJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toTree(Trace trace, Map<String, Object> parameters) {
        ObjectNode root = mapper.createObjectNode();
        root.put("lesson", trace.lessonId());
        root.set("parameters", mapper.valueToTree(parameters));
        ArrayNode lanes = root.putArray("lanes");
        for (Lane lane : trace.lanes()) {
            lanes.addObject().put("id", lane.id()).put("title", lane.title()).put("subtitle", lane.subtitle());
        }
        ArrayNode steps = root.putArray("steps");
        for (int i = 0; i < trace.stepCount(); i++) {
            Step s = trace.step(i);
            ObjectNode step = steps.addObject();
            step.put("index", i + 1);
            step.put("timeNs", s.time());
            step.put("time", SimTime.format(s.time()));
            step.put("title", s.title());
            step.put("narration", s.narration());
            ArrayNode refs = step.putArray("references");
            s.references().forEach(refs::add);
            if (s.packetId() >= 0) {
                step.put("packet", s.packetId());
            } else {
                step.putNull("packet");
            }
            if (!s.links().isEmpty()) { // only where a lesson links: other files stay as they were
                ArrayNode links = step.putArray("links");
                for (StepLink l : s.links()) {
                    links.addObject().put("lesson", l.lessonId()).put("step", l.step()).put("caption", l.caption())
                            .set("parameters", mapper.valueToTree(l.parameters()));
                }
            }
            ArrayNode nodes = step.putArray("nodes");
            for (NodeState n : s.snapshot().nodes()) {
                ObjectNode node = nodes.addObject().put("lane", n.lane()).put("state", n.state());
                ObjectNode vars = node.putObject("variables");
                for (Variable v : n.variables()) {
                    vars.put(v.name(), v.value());
                }
            }
            ArrayNode tables = step.putArray("tables");
            for (Table t : s.snapshot().tables()) {
                ObjectNode table = tables.addObject().put("id", t.id()).put("title", t.title());
                ArrayNode columns = table.putArray("columns");
                t.columns().forEach(columns::add);
                ArrayNode rows = table.putArray("rows");
                for (Table.Row r : t.rows()) {
                    ObjectNode row = rows.addObject().put("highlighted", r.highlighted());
                    if (r.emphasised()) {
                        row.put("emphasised", true); // only where a lesson has such a row: other files stay as they were
                    }
                    ArrayNode cells = row.putArray("cells");
                    r.cells().forEach(cells::add);
                }
            }
            ArrayNode measurements = step.putArray("measurements");
            for (Measurement m : s.snapshot().measurements()) {
                measurements.addObject().put("label", m.label()).put("lane", m.lane()).put("fromNs", m.from())
                        .put("toNs", m.to());
            }
        }
        if (!trace.series().isEmpty()) {
            ArrayNode series = root.putArray("series");
            for (TimeSeries ts : trace.series()) {
                series(series.addObject(), ts);
            }
        }
        ArrayNode packets = root.putArray("packets");
        for (TracePacket p : trace.packets()) {
            packets.addObject().put("id", p.id()).put("from", p.from()).put("to", p.to())
                    .put("sentNs", p.sentAt()).put("arrivesNs", p.arrivesAt()).put("fate", p.fate().displayName())
                    .put("label", p.label()).put("length", p.length());
        }
        return root;
    }

    /**
     * A series as its columns' names and one array per row (the time in ns, then each cell, numbers
     * in the precision CSV prints them), a row per line: indenting every cell would triple the size
     * of a long run.
     */
    private void series(ObjectNode node, TimeSeries ts) {
        node.put("id", ts.id()).put("title", ts.title());
        ArrayNode columns = node.putArray("columns");
        columns.add("time_ns");
        ts.columns().forEach(c -> columns.add(c.name()));
        StringBuilder rows = new StringBuilder("[");
        for (int r = 0; r < ts.size(); r++) {
            ArrayNode row = mapper.createArrayNode();
            row.add(ts.time(r));
            for (int c = 0; c < ts.columns().size(); c++) {
                if (!ts.columns().get(c).numeric()) {
                    row.add(ts.text(r, c));
                    continue;
                }
                String cell = ts.text(r, c); // a number in the precision the series prints it
                if (cell.isEmpty()) {
                    row.addNull();
                } else {
                    row.add(new java.math.BigDecimal(cell));
                }
            }
            rows.append(r == 0 ? "\n" : ",\n").append(row);
        }
        node.putRawValue("rows", new RawValue(rows.append(ts.size() == 0 ? "]" : "\n]").toString()));
    }

    public void write(Trace trace, Map<String, Object> parameters, OutputStream out) throws IOException {
        out.write(mapper.writeValueAsBytes(toTree(trace, parameters)));
        out.write('\n');
    }
}
