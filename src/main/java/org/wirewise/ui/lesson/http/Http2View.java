package org.wirewise.ui.lesson.http;

import java.util.List;
import org.wirewise.model.http.h2.Http2Simulator;
import org.wirewise.model.trace.TableKey;
import org.wirewise.ui.lesson.dns.SequenceTableView;

/**
 * The http2 lesson: the sequence diagram of the connection above, and below it the cards of the
 * step (the segment's frames as a strip, the header block field by field, the sender's HPACK
 * table, the streams with their windows, the measured savings) beside the selected packet's bytes.
 * The cards wrap their last column, so they stay beside the bytes; a TLS handshake step has no cards
 * and the bytes get the room, and with no packet chosen the bytes pane leaves.
 */
public final class Http2View extends SequenceTableView {

    private static final List<TableKey> CARDS = List.of(Http2Simulator.SAVINGS, Http2Simulator.FRAMES,
            Http2Simulator.HEADER_BLOCK, Http2Simulator.STREAMS, Http2Simulator.HPACK_TABLE);

    /** @param language the view's context's language, for the diagram's and the bytes pane's words */
    public Http2View(java.util.Locale language) {
        super(CARDS, 0.7, null, new Shell(0.5, "http2-lesson", Http2View.class.getResource("http2.css").toExternalForm(),
                "http2-cards", true), language);
    }
}
