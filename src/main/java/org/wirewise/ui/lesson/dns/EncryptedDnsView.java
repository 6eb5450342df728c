package org.wirewise.ui.lesson.dns;

import java.util.List;
import org.wirewise.model.dns.EncryptedDnsSimulator;

/**
 * The encrypted-dns lesson: the laptop's packets to its resolver over UDP, DoT and DoH on the sequence diagram, the
 * selected packet's bytes, and beside them what an on-path observer reads from that packet; at the end what the
 * observer learned per transport and the measured latency.
 */
public final class EncryptedDnsView extends SequenceTableView {

    public EncryptedDnsView() {
        super(List.of(EncryptedDnsSimulator.OBSERVER, EncryptedDnsSimulator.EXPOSURE, EncryptedDnsSimulator.LATENCY),
                0.5);
    }
}
