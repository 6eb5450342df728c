package org.wirewise.ui.lesson.tls;

import org.wirewise.model.https.HttpsWhySimulator;
import org.wirewise.model.trace.Snapshot;

/**
 * The why-HTTPS lesson: the client, the router on the path and the server on the sequence diagram
 * above the selected frame's bytes, then what the router read in the step's frame and what each
 * connection's client ended up with.
 */
public final class HttpsWhyView extends ExchangeWithSidePanes {

    private final TableLines wire;
    private final TableLines ends;

    /** @param language the language of the exchange's own words; the side panes' come with the trace */
    public HttpsWhyView(java.util.Locale language) {
        this(new TableLines("https-wire"), new TableLines("https-ends"), language);
    }

    private HttpsWhyView(TableLines wire, TableLines ends, java.util.Locale language) {
        super(wire, ends, 0.6, language);
        this.wire = wire;
        this.ends = ends;
    }

    @Override
    protected void showSide(Snapshot snapshot) {
        wire.show(snapshot.table(HttpsWhySimulator.WIRE_TABLE).orElse(null));
        ends.show(snapshot.table(HttpsWhySimulator.ENDS_TABLE).orElse(null));
    }
}
