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

    public MtlsView() {
        this(new TableLines("mtls-records"), new TableLines("mtls-checks"));
    }

    private MtlsView(TableLines records, TableLines checks) {
        super(records, checks, 0.62);
        this.records = records;
        this.checks = checks;
    }

    @Override
    protected void showSide(Snapshot snapshot) {
        records.show(snapshot.table(MtlsSimulator.RECORDS_TABLE).orElse(null));
        checks.show(snapshot.table(MtlsSimulator.CHECKS_TABLE).orElse(null));
    }
}
