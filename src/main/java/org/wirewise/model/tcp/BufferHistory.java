package org.wirewise.model.tcp;

import java.util.List;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.SeriesKey;

/**
 * The client's send buffer and the server's receive buffer, sampled whenever they change; a view
 * draws the bars at any moment from the last sample before it.
 */
public record BufferHistory(List<Sample> samples) implements Fact {

    /** The same samples over the whole run, as the trace's series. */
    public static final SeriesKey<LongSeries> SERIES = new SeriesKey<>("buffers", LongSeries.class);

    public BufferHistory {
        samples = List.copyOf(samples);
    }

    /**
     * The buffers at one moment, in bytes.
     *
     * @param outOfOrder data held beyond a hole, as ranges relative to the first unread byte after
     *                   the in-order data
     */
    public record Sample(long time, long sendBuffer, long sendUsed, long inFlight, long receiveBuffer,
                         long unread, long outOfOrderBytes, List<Range> outOfOrder, long advertisedWindow,
                         long delivered) {
        public Sample {
            outOfOrder = List.copyOf(outOfOrder);
        }
    }

    /** Bytes [from, to). */
    public record Range(long from, long to) {
    }

    /** The last sample at or before {@code time}, or the first when all are later; null when empty. */
    public Sample at(long time) {
        Sample found = samples.isEmpty() ? null : samples.get(0);
        for (Sample s : samples) {
            if (s.time() > time) {
                break;
            }
            found = s;
        }
        return found;
    }
}
