package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a balancer chooses a backend: a pool (all backends, or the one a path prefix names), then
 * within it the sticky backend for a key seen before, or the algorithm's pick (round robin turn,
 * or FNV-1a over the connection's 5-tuple), remembered for the key when stickiness is on.
 */
public final class BackendPicker {

    /** A pool: the backends (indexes) that serve requests whose path starts with {@code prefix} ("" for all). */
    public record Pool(String name, String prefix, List<Integer> backends) {
        public Pool {
            backends = List.copyOf(backends);
        }
    }

    /** What it knows of a connection (and, at layer 7, of the request) when it chooses. */
    public record Ask(Inet4Address source, int sourcePort, Inet4Address destination, int destinationPort,
                      String path, String stickyKey) {
    }

    /**
     * A choice and why it was made.
     *
     * @param turn       the round robin turn in the pool (1-based), or 0
     * @param hash       the 5-tuple hash, or -1 when none was computed
     * @param stickyHit  the key was seen before and its backend reused
     * @param remembered the key is now pinned to this backend
     */
    public record Choice(int backend, Pool pool, BalancingAlgorithm algorithm, int turn, long hash, boolean stickyHit,
                         boolean remembered, String stickyKey) {
    }

    private final List<Pool> pools;
    private final BalancingAlgorithm algorithm;
    private final boolean sticky;
    private final Map<String, Integer> pinned = new HashMap<>();
    private final Map<String, Integer> turns = new HashMap<>();

    /** @param pools tried in order; the first whose prefix the path starts with is used */
    public BackendPicker(List<Pool> pools, BalancingAlgorithm algorithm, boolean sticky) {
        this.pools = List.copyOf(pools);
        this.algorithm = Objects.requireNonNull(algorithm);
        this.sticky = sticky;
    }

    public Choice choose(Ask ask) {
        Pool pool = pools.stream().filter(p -> ask.path().startsWith(p.prefix())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pool serves " + ask.path()));
        String key = ask.stickyKey();
        boolean keyed = sticky && !key.isEmpty();
        if (keyed && pinned.containsKey(pool.name() + key)) {
            return new Choice(pinned.get(pool.name() + key), pool, algorithm, 0, -1, true, false, key);
        }
        int pick;
        int turn = 0;
        long hash = -1;
        if (algorithm == BalancingAlgorithm.ROUND_ROBIN) {
            turn = turns.merge(pool.name(), 1, Integer::sum);
            pick = pool.backends().get((turn - 1) % pool.backends().size());
        } else {
            hash = fiveTupleHash(ask);
            pick = pool.backends().get((int) (hash % pool.backends().size()));
        }
        if (keyed) {
            pinned.put(pool.name() + key, pick);
        }
        return new Choice(pick, pool, algorithm, turn, hash, false, keyed, key);
    }

    /** FNV-1a (32 bits) over source address, destination address, protocol (TCP) and both ports. */
    public static long fiveTupleHash(Ask ask) {
        byte[] tuple = new byte[13];
        System.arraycopy(ask.source().getAddress(), 0, tuple, 0, 4);
        System.arraycopy(ask.destination().getAddress(), 0, tuple, 4, 4);
        tuple[8] = 6;
        tuple[9] = (byte) (ask.sourcePort() >>> 8);
        tuple[10] = (byte) ask.sourcePort();
        tuple[11] = (byte) (ask.destinationPort() >>> 8);
        tuple[12] = (byte) ask.destinationPort();
        long h = 0x811c9dc5L;
        for (byte b : tuple) {
            h ^= b & 0xFF;
            h = (h * 0x01000193L) & 0xFFFF_FFFFL;
        }
        return h;
    }
}
