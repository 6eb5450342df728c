package org.wirewise.model.trace;

import java.util.Objects;

/**
 * A running timer at one lane (retransmission, persist, TIME-WAIT): a sequence diagram draws it as
 * a countdown from when it was armed to when it expires.
 *
 * @param lane      the lane whose timer it is
 * @param name      the timer's name as the narration uses it ("RTO")
 * @param armedAt   simulated nanoseconds when it was (re)armed
 * @param expiresAt simulated nanoseconds when it fires unless stopped
 */
public record TimerFact(String lane, String name, long armedAt, long expiresAt) implements Fact {

    public TimerFact {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(name, "name");
        if (expiresAt < armedAt) {
            throw new IllegalArgumentException("timer " + name + " expires before it was armed");
        }
    }
}
