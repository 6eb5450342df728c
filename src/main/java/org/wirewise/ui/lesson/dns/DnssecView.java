package org.wirewise.ui.lesson.dns;

import java.util.Locale;
import org.wirewise.model.dns.sec.DnssecSimulator;

/**
 * The dnssec lesson: the queries on the sequence diagram (laptop, validating resolver, root, com.,
 * example.com.), the chain of trust as a table once the resolver has judged (the step's link highlighted),
 * and the selected packet's bytes. Every word on screen comes from the trace or the shared widgets.
 */
public final class DnssecView extends SequenceTableView {

    public DnssecView() {
        this(Locale.ENGLISH);
    }

    /** @param language the language of the diagram's and the bytes pane's own words */
    public DnssecView(Locale language) {
        super(java.util.List.of(DnssecSimulator.CHAIN), 0.6, language);
    }
}
