package org.wirewise.model.http.hol;

import java.util.Set;

/**
 * The chosen lost packet: when the server sent it, when its bytes finally reached the browser (the
 * retransmission's arrival), which flow carried it (for TCP the browser's port of the connection, for
 * QUIC the stream ID) and, for QUIC, which requests' streams it carried.
 */
public record LostPacket(long sentAt, long repairedAt, long flow, Set<Integer> requests) {

    public LostPacket {
        requests = Set.copyOf(requests);
    }

    public long stall() {
        return repairedAt - sentAt;
    }
}
