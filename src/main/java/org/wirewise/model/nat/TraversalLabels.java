package org.wirewise.model.nat;

import java.util.Arrays;
import org.wirewise.model.net.Node;

/**
 * What nat-traversal's diagram calls each datagram on each hop, read from its bytes: a STUN or TURN message by its
 * type as Wireshark names it, in every language; a check or media by what it does, in the lesson's language.
 */
final class TraversalLabels {

    private final Endpoint server;
    private final Endpoint relayed;
    private final TraversalNarration words;

    TraversalLabels(Endpoint server, Endpoint relayed, TraversalNarration words) {
        this.server = server;
        this.relayed = relayed;
        this.words = words;
    }

    /** The label a capture on this hop would be annotated with: what the datagram is. */
    String of(Node node, byte[] frame) {
        Endpoint to = Translation.destination(frame);
        return switch (stunType(udpPayload(frame))) {
            case Stun.BINDING_REQUEST -> to.equals(server) ? "Binding request"
                    : words.text(to.equals(relayed) && node.name().equals(NatTraversalSimulator.PEER_B)
                            ? "label.checkToRelay" : "label.check");
            case Stun.BINDING_SUCCESS -> "Binding success";
            case Stun.ALLOCATE_REQUEST -> "Allocate request";
            case Stun.ALLOCATE_SUCCESS -> "Allocate success";
            case Stun.SEND_INDICATION -> "Send indication";
            case Stun.DATA_INDICATION -> "Data indication";
            default -> words.text(Translation.source(frame).equals(relayed) ? "label.mediaRelayed" : "label.media");
        };
    }

    /** The STUN message type of a payload, or -1 when it is not STUN (media). */
    static int stunType(byte[] payload) {
        try {
            return Stun.type(payload);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    static byte[] udpPayload(byte[] frame) {
        int ihl = (frame[14] & 0x0F) * 4;
        int total = (frame[16] & 0xFF) << 8 | (frame[17] & 0xFF);
        return Arrays.copyOfRange(frame, 14 + ihl + 8, 14 + total);
    }
}
