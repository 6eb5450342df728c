package org.wirewise.ui.lesson.dns;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.dns.AttacksSimulator;

/**
 * The DNS attacks lesson: each part's packets on the sequence diagram (the poisoning race, the spoofed
 * queries and the answers at the victim, the tunnel's queries), the selected packet's bytes, and the
 * part's measurements as cards beside them once measured (the odds, the amplification factors and the
 * floods, the detector's numbers). Every word on screen comes from the trace or the shared widgets.
 */
public final class DnsAttacksView extends SequenceTableView {

    public DnsAttacksView() {
        this(Locale.ENGLISH);
    }

    /** @param language the language of the diagram's and the bytes pane's own words */
    public DnsAttacksView(Locale language) {
        super(List.of(AttacksSimulator.ODDS, AttacksSimulator.FACTORS, AttacksSimulator.FLOODS,
                AttacksSimulator.DETECTOR), 0.5, language);
    }
}
