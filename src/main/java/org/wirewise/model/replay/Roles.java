package org.wirewise.model.replay;

import java.util.List;

/**
 * Who is who in a conversation and where it was captured, read from its handshake: the SYN's
 * sender is the client; a capture near the client sees the SYN-ACK a full round trip after the
 * SYN and its own ACK right after the SYN-ACK, one near the server the other way round.
 *
 * @param rolesKnown   whether a SYN showed which side is the client
 * @param clientIsA    whether A sent the SYN
 * @param handshake    whether a SYN, SYN-ACK and ACK were all captured
 * @param capturedAtA  whether the capture was taken nearer A
 * @param oneWayNanos  half the round trip as the capturing side sees it (near the client, SYN to SYN-ACK;
 *                     near the server, SYN-ACK to ACK), else half the shortest ACK RTT; 0 when unknown
 * @param initialRttNanos SYN to the handshake's ACK, Wireshark's iRTT; 0 without a handshake
 */
record Roles(boolean rolesKnown, boolean clientIsA, boolean handshake, boolean capturedAtA, long oneWayNanos,
             long initialRttNanos) {

    static Roles of(Conversation c, List<TcpSegmentAnalysis> analysis) {
        long syn = -1;
        long synAck = -1;
        long ack = -1;
        boolean clientIsA = true;
        long shortestRtt = Long.MAX_VALUE;
        for (TcpSegmentAnalysis a : analysis) {
            TcpHeader h = a.frame().tcp();
            if (h.has(TcpHeader.SYN) && !h.has(TcpHeader.ACK) && syn < 0) {
                syn = a.frame().nanos();
                clientIsA = c.fromA(a.frame());
            } else if (h.has(TcpHeader.SYN) && h.has(TcpHeader.ACK) && syn >= 0 && synAck < 0
                    && c.fromA(a.frame()) != clientIsA) {
                // The server's SYN-ACK: a retransmitted SYN (the client's again) is not one.
                synAck = a.frame().nanos();
            } else if (synAck >= 0 && ack < 0 && h.has(TcpHeader.ACK) && c.fromA(a.frame()) == clientIsA) {
                ack = a.frame().nanos();
            }
            if (a.ackRttNanos() > 0) {
                shortestRtt = Math.min(shortestRtt, a.ackRttNanos());
            }
        }
        if (ack >= 0) {
            boolean nearClient = synAck - syn >= ack - synAck;
            long rtt = nearClient ? synAck - syn : ack - synAck;
            // Timestamps can go backwards (clock steps, merged files): a negative delay is drawn as none.
            return new Roles(true, clientIsA, true, nearClient == clientIsA, Math.max(0, rtt / 2),
                    Math.max(0, ack - syn));
        }
        return new Roles(syn >= 0, clientIsA, false, true,
                shortestRtt == Long.MAX_VALUE ? 0 : shortestRtt / 2, 0);
    }

    /** "client", "server", or "endpointA"/"endpointB" when the roles are not known: the key of its words. */
    String role(boolean ofA) {
        if (!rolesKnown) {
            return ofA ? "endpointA" : "endpointB";
        }
        return ofA == clientIsA ? "client" : "server";
    }

    /** The lane's title: "Client", "Server", "Endpoint A" in English. */
    String title(boolean ofA, CaptureNarration n) {
        return n.text("lane." + role(ofA));
    }

    /** The endpoint as a sentence names it: "client", "endpoint A" in English. */
    String who(boolean ofA, CaptureNarration n) {
        return n.text("who." + role(ofA));
    }
}
