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

    private record Key(int protocol, Endpoint low, Endpoint high) {

        static Key of(Frame f) {
            Endpoint s = f.source();
            Endpoint d = f.destination();
            boolean sourceFirst = compare(s, d) <= 0;
            return new Key(f.protocol(), sourceFirst ? s : d, sourceFirst ? d : s);
        }

        private static int compare(Endpoint x, Endpoint y) {
            byte[] a = x.address().getAddress();
            byte[] b = y.address().getAddress();
            int c = Integer.compare(a.length, b.length);
            for (int i = 0; c == 0 && i < a.length; i++) {
                c = Integer.compare(a[i] & 0xFF, b[i] & 0xFF);
            }
            return c != 0 ? c : Integer.compare(x.port(), y.port());
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
