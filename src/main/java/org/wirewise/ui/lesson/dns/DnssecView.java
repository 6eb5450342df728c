package org.wirewise.ui.lesson.dns;

import org.wirewise.model.dns.sec.DnssecSimulator;

/**
 * The dnssec lesson: the queries on the sequence diagram (laptop, validating resolver, root, com.,
 * example.com.), the chain of trust as a table once the resolver has judged (the step's link highlighted),
 * and the selected packet's bytes.
 */
public final class DnssecView extends SequenceTableView {

    public DnssecView() {
        super(java.util.List.of(DnssecSimulator.CHAIN), 0.6);
    }
}
