package org.wirewise.model.replay;

/**
 * The RFC 9293 §3.3.2 state of each endpoint as a capture between them shows it: moved by the
 * segments each one sends and receives, at the moment the capture saw them. A capture starting
 * mid-connection finds both ESTABLISHED.
 */
final class TcpStates {

    static final String UNKNOWN = "?";

    private final Side a = new Side();
    private final Side b = new Side();

    /** One endpoint: its state and the sequence number its FIN occupies, once sent. */
    private static final class Side {
        String state = UNKNOWN;
        long finSeq = -1;
    }

    /** RFC 9293 §3.3.2's synchronized states: the handshake is behind the endpoint. */
    private static boolean isSynchronized(String state) {
        return switch (state) {
            case "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT" -> true;
            default -> false;
        };
    }

    String state(boolean ofA) {
        return (ofA ? a : b).state;
    }

    /** Moves both sides for a segment sent by A ({@code fromA}) or by B. */
    void segment(boolean fromA, TcpHeader h, int payloadLength) {
        Side sender = fromA ? a : b;
        Side receiver = fromA ? b : a;
        if (h.has(TcpHeader.RST)) {
            sender.state = "CLOSED";
            receiver.state = "CLOSED";
            return;
        }
        if (h.has(TcpHeader.SYN)) {
            if (isSynchronized(sender.state)) {
                // A copy of an earlier SYN or SYN-ACK (a retransmission, or a frame captured twice): an
                // endpoint past the handshake only ACKs it and stays where it is (RFC 9293 §3.10.7.4).
                return;
            }
            sender.state = h.has(TcpHeader.ACK) ? "SYN-RECEIVED" : "SYN-SENT";
            if (!h.has(TcpHeader.ACK) && receiver.state.equals(UNKNOWN)) {
                receiver.state = "LISTEN";
            }
            return;
        }
        if (sender.state.equals(UNKNOWN) || sender.state.equals("SYN-SENT") || sender.state.equals("SYN-RECEIVED")) {
            sender.state = "ESTABLISHED";
        }
        if (receiver.state.equals(UNKNOWN) || receiver.state.equals("SYN-RECEIVED") && h.has(TcpHeader.ACK)) {
            receiver.state = "ESTABLISHED";
        }
        if (h.has(TcpHeader.ACK) && receiver.finSeq >= 0 && h.ack() == (receiver.finSeq + 1 & 0xFFFF_FFFFL)) {
            receiver.state = switch (receiver.state) {
                case "FIN-WAIT-1" -> "FIN-WAIT-2";
                case "CLOSING" -> "TIME-WAIT";
                case "LAST-ACK" -> "CLOSED";
                default -> receiver.state;
            };
        }
        if (h.has(TcpHeader.FIN) && sender.finSeq < 0) {
            sender.finSeq = h.seq() + payloadLength & 0xFFFF_FFFFL;
            sender.state = sender.state.equals("CLOSE-WAIT") ? "LAST-ACK" : "FIN-WAIT-1";
            receiver.state = switch (receiver.state) {
                case "FIN-WAIT-1" -> "CLOSING";
                case "FIN-WAIT-2" -> "TIME-WAIT";
                case "ESTABLISHED" -> "CLOSE-WAIT";
                default -> receiver.state;
            };
        }
    }
}
