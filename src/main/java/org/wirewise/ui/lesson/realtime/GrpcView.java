package org.wirewise.ui.lesson.realtime;

import java.util.List;
import org.wirewise.model.http.grpc.GrpcSimulator;
import org.wirewise.ui.lesson.dns.SequenceTableView;

/**
 * The gRPC lesson: the calls on the sequence diagram, and below it the step's HTTP/2 frames (header
 * lists decoded, each DATA frame with the message it carries), the Quote byte by byte on its own step,
 * the calls so far and, at the end, gRPC against REST; the selected packet's bytes beside them.
 */
public final class GrpcView extends SequenceTableView {

    /** @param language the context's language: the diagram's and bytes pane's own words in it */
    public GrpcView(java.util.Locale language) {
        super(List.of(GrpcSimulator.FRAMES, GrpcSimulator.MESSAGE, GrpcSimulator.CALLS, GrpcSimulator.VERSUS_REST), 0.62,
                language);
    }
}
