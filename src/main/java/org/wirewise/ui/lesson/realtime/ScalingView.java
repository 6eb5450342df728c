package org.wirewise.ui.lesson.realtime;

import org.wirewise.model.realtime.ScalingSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.dns.SequenceTableView;

/**
 * The WebSocket scaling lesson: the packets through the proxy and the broker, the step's tables
 * beside the selected packet's bytes, and the thundering herd's chart on the step that carries it.
 */
public final class ScalingView extends SequenceTableView {

    private final HerdChart chart;

    public ScalingView(org.wirewise.ui.lesson.LessonContext context) {
        this(new HerdChart(context.language()), context.language());
    }

    private ScalingView(HerdChart chart, java.util.Locale language) {
        super(ScalingSimulator.TABLES, 0.6, chart, language);
        this.chart = chart;
    }

    @Override
    protected void stepShown(Trace trace, Snapshot snapshot) {
        boolean herd = snapshot.table(ScalingSimulator.HERD).isPresent();
        chart.setVisible(herd);
        chart.setManaged(herd);
        needRoom(herd ? chart.getPrefHeight() + 48 : 0); // the chart, its key and the strip's padding
        if (herd) {
            chart.show(trace.series(ScalingSimulator.HERD_SERIES).orElse(null));
        }
    }
}
