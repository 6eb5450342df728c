package org.wirewise.model.http.hol;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.sim.Link;
import org.wirewise.model.transport.ClientServer;

/**
 * Loses packets on the lab's cable: each packet either way with the setup's probability (from the
 * network's seeded stream), and the chosen one, the n-th server packet carrying response bytes after
 * the browser asked for the assets. Then watches for the retransmission that repairs it.
 */
final class LossTap {

    /** Bytes of one flow (a TCP connection by port, or a QUIC stream) from {@code from}, {@code length} long. */
    record Range(long flow, long from, long length, int request) {
        boolean covers(Range other) {
            return flow == other.flow && Math.floorMod(other.from - from, 1L << 32) < length;
        }
    }

    private final ClientServer net;
    private final HolSetup s;
    private final Function<Packet, List<Range>> responseBytes;
    private final LoadWatch watch;
    private final RandomGenerator random;
    private final Map<Packet, List<Range>> carried = new HashMap<>();
    private boolean assetsRequested;
    private int counted;
    private List<Range> lostRanges = List.of();
    private long lostAt = -1;
    private long repairedAt = -1;

    /** @param responseBytes what response bytes a server packet carries, read as it leaves */
    LossTap(ClientServer net, HolSetup s, Function<Packet, List<Range>> responseBytes, LoadWatch watch) {
        this.net = net;
        this.s = s;
        this.responseBytes = responseBytes;
        this.watch = watch;
        this.random = net.network.stream("hol loss");
        net.network.onSend((node, packet) -> {
            if (s.lossPercent() > 0 && random.nextDouble() * 100 < s.lossPercent()) {
                packet.loseInTransit();
            }
            if (node == net.server && assetsRequested) {
                sent(packet);
            }
        });
        net.network.observe(this::arrived);
    }

    void assetsRequested() {
        assetsRequested = true;
    }

    private void sent(Packet packet) {
        List<Range> ranges = responseBytes.apply(packet);
        if (ranges.isEmpty()) {
            return;
        }
        if (lostAt >= 0) {
            carried.put(packet, ranges);
        } else if (++counted == s.losePacket()) {
            packet.loseInTransit();
            lostAt = net.network.now();
            lostRanges = ranges;
            watch.chosenLoss(packet);
        }
    }

    private void arrived(Transmission t) {
        List<Range> ranges = carried.remove(t.packet());
        if (ranges == null || repairedAt >= 0 || t.fate() != Link.Fate.DELIVERED || t.to().node() != net.client) {
            return;
        }
        boolean repairs = lostRanges.stream().allMatch(l -> ranges.stream().anyMatch(r -> r.covers(new Range(l.flow(),
                l.from(), 1, l.request())) || l.covers(new Range(r.flow(), r.from(), 1, r.request()))));
        if (repairs) {
            repairedAt = t.arrival();
            watch.repair(t.packet());
        }
    }

    /** The chosen lost packet, once its bytes have arrived again. */
    java.util.Optional<LostPacket> lost() {
        if (lostAt < 0) {
            return java.util.Optional.empty();
        }
        Set<Integer> requests = new HashSet<>();
        lostRanges.stream().filter(r -> r.request() >= 0).forEach(r -> requests.add(r.request()));
        return java.util.Optional.of(new LostPacket(lostAt, repairedAt, lostRanges.get(0).flow(), requests));
    }
}
