package org.wirewise.model.nat;

import org.wirewise.model.trace.TraceBuilder;

/**
 * The hole-punching rounds of nat-traversal, as they happen on the network: both agents send a
 * check to their current target; each far NAT admits or filters it (the reason is the NAT's);
 * a peer that hears a check answers the address it came from in the next round (RFC 8445
 * §7.3.1.3). A round is over when both checks have reached a peer or been dropped; the next one
 * starts a pace later, up to {@link HolePunching#ROUNDS} rounds, until both directions got through.
 */
final class HolePunchRounds {

    private final NatTraversalSimulator lesson;
    private final TraceBuilder trace;
    private final IcePeer peerA;
    private final IcePeer peerB;
    private final long pace;
    private boolean checking;
    private int round;
    private Endpoint targetA;
    private Endpoint targetB;
    private boolean aHeard;
    private boolean bHeard;
    private HolePunching.Attempt leftA;
    private HolePunching.Attempt leftB;
    private HolePunching.Attempt arrivedA;
    private HolePunching.Attempt arrivedB;
    private int outA;
    private int outB;
    private int settled;

    HolePunchRounds(NatTraversalSimulator lesson, TraceBuilder trace, IcePeer peerA, IcePeer peerB, long pace) {
        this.lesson = lesson;
        this.trace = trace;
        this.peerA = peerA;
        this.peerB = peerB;
        this.pace = pace;
    }

    /** Candidates are exchanged: A aims at {@code forA}, B at {@code forB}, a pace from now. */
    void start(Endpoint forA, Endpoint forB) {
        targetA = forA;
        targetB = forB;
        checking = true;
        peerA.later(pace, this::send);
    }

    boolean checking() {
        return checking;
    }

    /** Where A's media goes: the address B's last admitted check came from. */
    Endpoint targetA() {
        return targetA;
    }

    private void send() {
        round++;
        leftA = leftB = arrivedA = arrivedB = null;
        settled = 0;
        peerA.send(targetA, Stun.connectivityCheck(lesson.transactionId(), NatTraversalSimulator.checkPriority()));
        peerB.send(targetB, Stun.connectivityCheck(lesson.transactionId(), NatTraversalSimulator.checkPriority()));
    }

    /** A check left its NAT from {@code external}; when both have, the step shows them in flight. */
    void left(boolean a, Endpoint external, Endpoint to, int traceId) {
        HolePunching.Attempt at = new HolePunching.Attempt(round, a ? "A" : "B",
                a ? HolePunching.PEER_A : HolePunching.PEER_B, external, to, false, "in flight");
        if (a) {
            leftA = at;
            outA = traceId;
        } else {
            leftB = at;
            outB = traceId;
        }
        if (leftA != null && leftB != null) {
            lesson.step(lesson.narration().roundTitle(round), lesson.narration().round(round, leftA, leftB),
                    TraversalNarration.ROUND_REFS, outA, false);
        }
    }

    /** The check {@code a} (or B) sent reached the far NAT, which decided {@code result}. */
    void arrived(boolean a, Nat.Inbound result, org.wirewise.model.net.Packet packet) {
        HolePunching.Attempt sent = a ? leftA : leftB;
        // the far NAT's reason in the lesson's language: the check A sent was judged by NAT B's filtering
        String reason = lesson.narration().words().reason(result, lesson.nat(!a).behaviour().filtering());
        HolePunching.Attempt at = new HolePunching.Attempt(round, sent.sender(), sent.internalSource(),
                sent.externalSource(), sent.destination(), result.accepted(), reason);
        if (a) {
            arrivedA = at;
        } else {
            arrivedB = at;
        }
        if (!result.accepted()) {
            trace.relabel(packet.traceId(), lesson.narration().text("label.checkDropped"));
        }
        if (arrivedA != null && arrivedB != null) {
            lesson.step(lesson.narration().verdictTitle(arrivedA, arrivedB),
                    lesson.narration().verdict(arrivedA, arrivedB), TraversalNarration.VERDICT_REFS, outB, false);
        }
        if (!result.accepted()) {
            settle();
        }
    }

    /** A peer heard the other's check from {@code from}: it answers there from now on. */
    void heard(boolean a, Endpoint from) {
        if (!checking) {
            return;
        }
        if (a) {
            aHeard = true;
            targetA = from;
        } else {
            bHeard = true;
            targetB = from;
        }
        settle();
    }

    private void settle() {
        if (++settled < 2) {
            return;
        }
        boolean success = aHeard && bHeard;
        if (success || round == HolePunching.ROUNDS) {
            checking = false;
            lesson.punched(success);
        } else {
            peerA.later(pace, this::send);
        }
    }
}
