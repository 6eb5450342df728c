package org.wirewise.model.http.hol;

import java.util.Set;

/**
 * The chosen lost packet: when the server sent it, when its bytes finally reached the browser (the
 * retransmission's arrival), and which requests' bytes it carried (the streams QUIC holds up; for
 * TCP the one connection's byte stream, so every request behind it on that connection).
 */
public record LostPacket(long sentAt, long repairedAt, Set<Integer> requests) {

    public LostPacket {
        requests = Set.copyOf(requests);
    }

    public long stall() {
        return repairedAt - sentAt;
    }
}
