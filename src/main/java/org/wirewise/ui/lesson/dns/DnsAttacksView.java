package org.wirewise.ui.lesson.dns;

import org.wirewise.model.dns.AttacksSimulator;

/**
 * The DNS attacks lesson: the race on the sequence diagram (attacker, resolver, example.com.'s
 * server), the selected packet's bytes (a forged answer's guessed ID and port), and the measured odds
 * beside the expected ones once the race is run many times.
 */
public final class DnsAttacksView extends SequenceTableView {

    public DnsAttacksView() {
        super(AttacksSimulator.ODDS, 0.5);
    }
}
