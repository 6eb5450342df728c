package org.wirewise.ui.lesson.tls;

import org.wirewise.model.tls.MtlsSimulator;
import org.wirewise.model.trace.Snapshot;

/**
 * The mutual TLS lesson: the TLS lessons' sequence diagram and bytes above two lists, the step's
 * records as the key log opens them and each side's checks of the other's chain.
 */
public final class MtlsView extends ExchangeWithSidePanes {

    private final TableLines records;
    private final TableLines checks;

    /** @param language the context's language: the diagram's and bytes pane's own words in it */
    public MtlsView(java.util.Locale language) {
        this(new TableLines("mtls-records"), new TableLines("mtls-checks"), language);
    }

    private MtlsView(TableLines records, TableLines checks, java.util.Locale language) {
        super(records, checks, 0.62, language);
        this.records = records;
        this.checks = checks;
    }

    @Override
    protected void showSide(Snapshot snapshot) {
        records.show(snapshot.table(MtlsSimulator.RECORDS_TABLE).orElse(null));
        checks.show(snapshot.table(MtlsSimulator.CHECKS_TABLE).orElse(null));
    }
}
