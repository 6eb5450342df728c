package org.wirewise.model.nat;

import java.util.Arrays;
import org.wirewise.model.net.Node;

/** What nat-traversal's diagram calls each datagram on each hop, read from its bytes. */
final class TraversalLabels {

    private final Endpoint server;
    private final Endpoint relayed;

    TraversalLabels(Endpoint server, Endpoint relayed) {
        this.server = server;
        this.relayed = relayed;
    }

    /** The label a capture on this hop would be annotated with: what the datagram is. */
    String of(Node node, byte[] frame) {
        Endpoint to = Translation.destination(frame);
        return switch (stunType(udpPayload(frame))) {
            case Stun.BINDING_REQUEST -> to.equals(server) ? "Binding request"
                    : to.equals(relayed) && node.name().equals(NatTraversalSimulator.PEER_B) ? "check to relay" : "check";
            case Stun.BINDING_SUCCESS -> "Binding success";
            case Stun.ALLOCATE_REQUEST -> "Allocate request";
            case Stun.ALLOCATE_SUCCESS -> "Allocate success";
            case Stun.SEND_INDICATION -> "Send indication";
            case Stun.DATA_INDICATION -> "Data indication";
            default -> Translation.source(frame).equals(relayed) ? "media (relayed)" : "media";
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
