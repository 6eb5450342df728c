package org.wirewise.ui.lesson.realtime;

import java.util.List;
import org.wirewise.model.http.sse.SseAndPollingSimulator;
import org.wirewise.ui.lesson.dns.SequenceTableView;

/**
 * The sse-and-polling lesson: the requests, streams and frames on the sequence diagram; under it the technique's
 * events (the step's highlighted), the step's packet part by part, and the comparison as each technique is measured,
 * beside the packet's bytes when both fit.
 */
public final class SsePollingView extends SequenceTableView {

    public SsePollingView() {
        super(List.of(SseAndPollingSimulator.EVENTS, SseAndPollingSimulator.WIRE, SseAndPollingSimulator.COMPARISON), 0.6);
    }
}
