package org.wirewise.ui.lesson.tls;

import org.wirewise.model.tls.KeyScheduleFact;
import org.wirewise.model.tls.TlsHandshakeSimulator;
import org.wirewise.model.trace.Snapshot;

/**
 * The TLS handshake lesson: the TCP handshake lesson's picture (client and server on a sequence
 * diagram above the selected frame's bytes, which the dissector reads as the wire shows them:
 * record types only) beside what the lesson opened with its key log (the step's records) and the
 * key schedule so far.
 */
public final class TlsHandshakeView extends ExchangeWithSidePanes {

    private final TableLines records;
    private final KeySchedulePicture keys;

    /** @param language the context's language: the diagram's, the bytes pane's and the key schedule's own words in it */
    public TlsHandshakeView(java.util.Locale language) {
        this(new TableLines("tls-records"), new KeySchedulePicture(language), language);
    }

    private TlsHandshakeView(TableLines records, KeySchedulePicture keys, java.util.Locale language) {
        super(records, keys, 0.66, language);
        this.records = records;
        this.keys = keys;
    }

    @Override
    protected void showSide(Snapshot snapshot) {
        records.show(snapshot.table(TlsHandshakeSimulator.RECORDS_TABLE)
                .or(() -> snapshot.table(TlsHandshakeSimulator.OBSERVER_TABLE)).orElse(null));
        keys.show(snapshot.fact(KeyScheduleFact.class).orElse(null));
    }
}
