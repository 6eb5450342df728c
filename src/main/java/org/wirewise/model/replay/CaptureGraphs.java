package org.wirewise.model.replay;

import java.util.List;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.SeriesKey;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The time series a replayed TCP conversation carries for its graphs, one of each per direction
 * (the data A sends to B, and B's to A), all in trace time: the sender's bytes in flight
 * ({@link BytesInFlight}), the bytes the receiver acknowledged per interval (Wireshark's I/O graph
 * of ACKed bytes: the throughput that arrived) and the round trip of every ACKed segment
 * (Wireshark's {@code tcp.analysis.ack_rtt}, at the moment the ACK reaches the sender).
 */
public final class CaptureGraphs {

    /** Automatic interval: the longest of 1 s, 100 ms, 10 ms, 1 ms giving at least this many. */
    static final int MIN_INTERVALS = 20;
    private static final long[] INTERVALS = {1_000_000_000L, 100_000_000L, 10_000_000L, 1_000_000L};

    private CaptureGraphs() {
    }

    public static SeriesKey<LongSeries> inFlight(boolean fromA) {
        return new SeriesKey<>("capture-in-flight-" + (fromA ? "a" : "b"), LongSeries.class);
    }

    public static SeriesKey<LongSeries> throughput(boolean fromA) {
        return new SeriesKey<>("capture-throughput-" + (fromA ? "a" : "b"), LongSeries.class);
    }

    public static SeriesKey<LongSeries> rtt(boolean fromA) {
        return new SeriesKey<>("capture-rtt-" + (fromA ? "a" : "b"), LongSeries.class);
    }

    /** The interval the throughput is counted in: {@code requested} when positive, else automatic. */
    public static long interval(long requestedNanos, long durationNanos) {
        if (requestedNanos > 0) {
            return requestedNanos;
        }
        for (long i : INTERVALS) {
            if (durationNanos / i >= MIN_INTERVALS) {
                return i;
            }
        }
        return INTERVALS[INTERVALS.length - 1];
    }

    /**
     * Adds the six series.
     *
     * @param analysis        each frame's TCP analysis by index in the conversation (null when not TCP)
     * @param intervalNanos   the throughput's interval (see {@link #interval})
     */
    static void addTo(TraceBuilder trace, Conversation c, TcpSegmentAnalysis[] analysis, long[] sentAt,
                      long[] arrivesAt, long intervalNanos) {
        for (boolean fromA : new boolean[] {true, false}) {
            List<BytesInFlight.Sample> samples = BytesInFlight.of(c, fromA, sentAt, arrivesAt);
            LongSeries.Builder flight = LongSeries.builder(inFlight(fromA).id(), "bytes in flight", "bytes");
            LongSeries.Builder acked = LongSeries.builder(throughput(fromA).id(),
                    "bytes acknowledged per interval", "bytes_per_interval", "interval_ns");
            LongSeries.Builder rtt = LongSeries.builder(rtt(fromA).id(), "round trip of each ACKed segment", "rtt_ns");
            long bin = -1;
            long inBin = 0;
            for (BytesInFlight.Sample s : samples) {
                flight.add(s.time(), s.bytes());
                TcpSegmentAnalysis a = analysis[s.index()];
                if (!s.data() && a != null && a.ackRttNanos() > 0 && c.fromA(a.frame()) != fromA) {
                    rtt.add(s.time(), a.ackRttNanos());
                }
                long k = Math.floorDiv(s.time(), intervalNanos);
                if (k != bin && bin >= 0) {
                    addBins(acked, bin, k, inBin, intervalNanos);
                    inBin = 0;
                }
                bin = k;
                inBin += s.acked();
            }
            if (bin >= 0) {
                addBins(acked, bin, bin + 1, inBin, intervalNanos);
            }
            trace.series(flight.build());
            trace.series(acked.build());
            trace.series(rtt.build());
        }
    }

    /** Interval {@code bin} with its bytes, then the empty ones up to {@code next} (an idle stretch reads as 0). */
    private static void addBins(LongSeries.Builder acked, long bin, long next, long bytes, long interval) {
        acked.add(bin * interval, bytes, interval);
        for (long empty = bin + 1; empty < next; empty++) {
            acked.add(empty * interval, 0, interval);
            if (empty == bin + 1 && next - empty > 2) {
                empty = next - 2; // one zero at each end of a long silence draws it flat, without a row per interval
            }
        }
    }
}
