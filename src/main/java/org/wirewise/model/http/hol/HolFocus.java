package org.wirewise.model.http.hol;

import org.wirewise.model.trace.Fact;

/**
 * What a step of the head-of-line lab is about: which protocol's load (its packets are on the timeline from
 * {@code origin}, its waterfall the one emphasised), whether the waterfalls shown are the loads without loss, and
 * the end of the time axis every waterfall of the lesson shares, so that steps and protocols compare at a glance.
 */
public record HolFocus(HolProtocol protocol, long origin, long axisEnd, boolean lossFree) implements Fact {
}
