package org.wirewise.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.TimeSeries;
import org.wirewise.model.trace.Trace;

/**
 * A trace as CSV (RFC 4180): one row per step and lane, with the lane's state and one column per
 * state variable, so a spreadsheet can chart any variable over the steps. The trace's series
 * follow, each after an empty line and a {@code # series ID: TITLE} line, as {@link SeriesCsv}
 * writes them.
 */
public final class TraceCsv {

    public void write(Trace trace, OutputStream out) throws IOException {
        Set<String> variableNames = new LinkedHashSet<>();
        for (Step s : trace.steps()) {
            for (NodeState n : s.snapshot().nodes()) {
                n.variables().forEach(v -> variableNames.add(v.name()));
            }
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("step", "time_ms", "title", "lane", "state"));
        header.addAll(variableNames);
        row(w, header);
        for (int i = 0; i < trace.stepCount(); i++) {
            Step s = trace.step(i);
            for (NodeState n : s.snapshot().nodes()) {
                List<String> cells = new ArrayList<>(List.of(Integer.toString(i + 1),
                        String.format(Locale.ROOT, "%.6f", SimTime.toMillis(s.time())), s.title(), n.lane(), n.state()));
                for (String name : variableNames) {
                    String value = n.variable(name);
                    cells.add(value == null ? "" : value);
                }
                row(w, cells);
            }
        }
        SeriesCsv series = new SeriesCsv("\r\n");
        for (TimeSeries s : trace.series()) {
            w.write("\r\n# series " + s.id() + ": " + s.title() + "\r\n");
            series.writeHeader(s, w);
            series.writeRows(s, w);
        }
        w.flush();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

}
