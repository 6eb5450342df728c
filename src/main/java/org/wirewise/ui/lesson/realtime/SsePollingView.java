package org.wirewise.ui.lesson.realtime;

import java.util.List;
import org.wirewise.model.http.sse.SseAndPollingSimulator;
import org.wirewise.ui.lesson.dns.SequenceTableView;

/**
 * The sse-and-polling lesson: the requests, streams and frames on the sequence diagram; under it the step's packet
 * part by part (event or overhead), the technique's events (those the packet brings highlighted) and the
 * comparison as each technique is measured, beside the packet's bytes when both fit.
 */
public final class SsePollingView extends SequenceTableView {

    /** @param language the context's language: the diagram's and bytes pane's own words in it */
    public SsePollingView(java.util.Locale language) {
        super(List.of(SseAndPollingSimulator.WIRE, SseAndPollingSimulator.EVENTS, SseAndPollingSimulator.COMPARISON), 0.6,
                language);
    }
}
