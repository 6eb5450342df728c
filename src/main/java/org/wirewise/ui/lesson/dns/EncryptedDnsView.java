package org.wirewise.ui.lesson.dns;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.dns.EncryptedDnsSimulator;

/**
 * The encrypted-dns lesson: the laptop's packets to its resolver over UDP, DoT and DoH on the sequence diagram, the
 * selected packet's bytes, and beside them what an on-path observer reads from that packet; at the end what the
 * observer learned per transport and the measured latency. Every word it shows comes from the trace, the diagram
 * and the bytes pane (in {@code language}); the view adds none of its own.
 */
public final class EncryptedDnsView extends SequenceTableView {

    public EncryptedDnsView() {
        this(Locale.ENGLISH);
    }

    /** @param language the language of the diagram's and the bytes pane's own words (the context's) */
    public EncryptedDnsView(Locale language) {
        super(List.of(EncryptedDnsSimulator.OBSERVER, EncryptedDnsSimulator.EXPOSURE, EncryptedDnsSimulator.LATENCY),
                0.5, language);
    }
}
