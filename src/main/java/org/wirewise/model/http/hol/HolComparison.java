package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.wirewise.model.http.RequestTiming;

/**
 * The head-of-line what-if: the same page over HTTP/1.1 (six connections), HTTP/2 (one TCP
 * connection) and HTTP/3 (one QUIC connection), each on its own copy of the same network and seed,
 * once as set up (with its loss) and once without loss. A request's stall is how much later it
 * completed than it did without the loss.
 */
public final class HolComparison {

    /** One protocol's load with the loss and without it. */
    public record Measured(HolProtocol protocol, HolRun run, HolRun lossFree) {

        /** Per request (index 0 the HTML): completion with the loss minus completion without it, or -1 if either never completed. */
        public long[] stalls() {
            long[] out = new long[run.timings().size()];
            for (int i = 0; i < out.length; i++) {
                RequestTiming a = run.timings().get(i);
                RequestTiming b = lossFree.timings().get(i);
                out[i] = a.completeAt() < 0 || b.completeAt() < 0 ? -1 : Math.max(0, a.completeAt() - b.completeAt());
            }
            return out;
        }
    }

    /** The page load times over many seeds, per protocol, in nanoseconds. */
    public record Distribution(HolProtocol protocol, long median, long p95, long min, long max, int incomplete) {
    }

    private HolComparison() {
    }

    /** The three protocols, each with and without the setup's loss. */
    public static List<Measured> compare(HolSetup s) {
        List<Measured> out = new ArrayList<>();
        HolLoads.forEach(p -> {
            HolRun run = HolLoads.load(p, s, LoadWatch.NONE);
            out.add(new Measured(p, run, s.lossy() ? HolLoads.load(p, s.lossFree(), LoadWatch.NONE) : run));
        });
        return out;
    }

    /** One protocol's load, as set up. */
    public static HolRun load(HolProtocol protocol, HolSetup s) {
        return HolLoads.load(protocol, s, LoadWatch.NONE);
    }

    /** One protocol's load, as set up, with {@code watch} seeing its network, datagrams and secrets. */
    public static HolRun load(HolProtocol protocol, HolSetup s, LoadWatch watch) {
        return HolLoads.load(protocol, s, watch);
    }

    /**
     * Page load times over seeds {@code s.seed()} to {@code s.seed() + seeds - 1}: median and 95th percentile
     * (nearest rank). Each load runs on its own network, so they may run on several cores ({@code parallel});
     * each writes only its own slot, so the result is the same either way.
     */
    public static List<Distribution> overSeeds(HolSetup s, int seeds, boolean parallel) {
        HolProtocol[] protocols = HolProtocol.values();
        long[][] loads = new long[protocols.length][seeds];
        boolean[][] finished = new boolean[protocols.length][seeds];
        IntStream runs = IntStream.range(0, protocols.length * seeds);
        (parallel ? runs.parallel() : runs).forEach(k -> {
            HolRun run = HolLoads.load(protocols[k % protocols.length], s.withSeed(s.seed() + k / protocols.length), LoadWatch.NONE);
            loads[k % protocols.length][k / protocols.length] = run.pageLoad();
            finished[k % protocols.length][k / protocols.length] = run.complete();
        });
        List<Distribution> out = new ArrayList<>();
        for (HolProtocol p : protocols) {
            long[] sorted = loads[p.ordinal()].clone();
            Arrays.sort(sorted);
            int incomplete = 0;
            for (boolean f : finished[p.ordinal()]) {
                incomplete += f ? 0 : 1;
            }
            out.add(new Distribution(p, rank(sorted, 50), rank(sorted, 95), sorted[0], sorted[sorted.length - 1], incomplete));
        }
        return out;
    }

    /** The nearest-rank percentile of sorted values. */
    static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
