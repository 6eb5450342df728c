package org.wirewise.model.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a capture's IP frames into conversations as Wireshark's Conversations dialog does: TCP
 * and UDP by their two address:port endpoints, ICMP and other protocols by their two addresses.
 * Frames that carry no IP (ARP, LLDP) belong to none.
 */
public final class Conversations {

    private Conversations() {
    }

    /**
     * Both directions of a conversation: the same key whichever endpoint sent the frame. Symmetric
     * equality, so no address bytes are copied or compared per frame (a million frames).
     */
    private record Key(int protocol, Endpoint x, Endpoint y) {

        static Key of(Frame f) {
            return new Key(f.protocol(), f.source(), f.destination());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && protocol == k.protocol
                    && (x.equals(k.x) && y.equals(k.y) || x.equals(k.y) && y.equals(k.x));
        }

        @Override
        public int hashCode() {
            return 31 * protocol + (x.hashCode() + y.hashCode());
        }
    }

    /** The conversations of the frames, numbered from 1 in the order their first frames came. */
    public static List<Conversation> of(List<Frame> frames) {
        Map<Key, List<Frame>> groups = new LinkedHashMap<>();
        for (Frame f : frames) {
            groups.computeIfAbsent(Key.of(f), k -> new ArrayList<>()).add(f);
        }
        List<Conversation> result = new ArrayList<>(groups.size());
        for (List<Frame> group : groups.values()) {
            result.add(summarize(result.size() + 1, group));
        }
        return List.copyOf(result);
    }

    private static Conversation summarize(int number, List<Frame> group) {
        Frame first = group.get(0);
        Endpoint a = first.source();
        int framesAtoB = 0;
        int framesBtoA = 0;
        long bytesAtoB = 0;
        long bytesBtoA = 0;
        long firstNanos = Long.MAX_VALUE;
        long lastNanos = Long.MIN_VALUE;
        for (Frame f : group) {
            if (f.source().equals(a)) {
                framesAtoB++;
                bytesAtoB += f.wireLength();
            } else {
                framesBtoA++;
                bytesBtoA += f.wireLength();
            }
            firstNanos = Math.min(firstNanos, f.nanos());
            lastNanos = Math.max(lastNanos, f.nanos());
        }
        return new Conversation(number, first.protocol(), a, first.destination(), framesAtoB, bytesAtoB, framesBtoA,
                bytesBtoA, firstNanos, lastNanos, group);
    }
}
