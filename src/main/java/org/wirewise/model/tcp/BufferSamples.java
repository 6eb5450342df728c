package org.wirewise.model.tcp;

import org.wirewise.model.transport.TcpEndpoint;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/**
 * The send and receive buffers over time, sampled whenever they change. Every step carries the
 * samples so far as a {@link BufferHistory} (what the view draws) and as a table (what it shows);
 * the trace carries them all as the "buffers" series.
 */
final class BufferSamples {

    static final TableKey TABLE = TableKey.of("buffer-samples");

    private final List<BufferHistory.Sample> samples = new ArrayList<>();
    private final TcpEndpoint sender;
    private final TcpEndpoint receiver;
    private BufferHistory frozen;
    private Table frozenTable;

    /** The table's words, in the lesson's language. */
    private final Texts texts;

    BufferSamples(TcpEndpoint sender, TcpEndpoint receiver, Texts texts) {
        this.texts = texts;
        this.sender = sender;
        this.receiver = receiver;
    }

    void sample(long now) {
        List<BufferHistory.Range> holes = new ArrayList<>();
        for (long[] r : receiver.outOfOrderRanges()) {
            holes.add(new BufferHistory.Range(r[0], r[1]));
        }
        BufferHistory.Sample s = new BufferHistory.Sample(now, sender.sendBufferSize(), sender.sendBufferUsed(),
                sender.bytesInFlight(), receiver.receiveBuffer(), receiver.readableBytes(), receiver.outOfOrderBytes(), holes,
                receiver.offeredWindow(), receiver.deliveredBytes());
        if (!samples.isEmpty() && samples.get(samples.size() - 1).time() == now) {
            samples.set(samples.size() - 1, s); // the state after everything at this moment
        } else {
            samples.add(s);
        }
        frozen = null;
        frozenTable = null;
    }

    /** All samples so far; the same object until the next sample, so steps share it. */
    BufferHistory history() {
        if (frozen == null) {
            frozen = new BufferHistory(samples);
        }
        return frozen;
    }

    /** All samples so far as text; the same table object until the next sample. */
    Table table() {
        if (frozenTable == null) {
            List<Table.Row> rows = new ArrayList<>(samples.size());
            for (BufferHistory.Sample s : samples) {
                StringBuilder holes = new StringBuilder();
                for (BufferHistory.Range r : s.outOfOrder()) {
                    if (holes.length() > 0) {
                        holes.append(' ');
                    }
                    holes.append(r.from()).append('-').append(r.to());
                }
                rows.add(Table.Row.of(Long.toString(s.time()), Long.toString(s.sendBuffer()),
                        Long.toString(s.sendUsed()), Long.toString(s.inFlight()), Long.toString(s.receiveBuffer()),
                        Long.toString(s.unread()), Long.toString(s.outOfOrderBytes()), holes.toString(),
                        Long.toString(s.advertisedWindow()), Long.toString(s.delivered())));
            }
            frozenTable = new Table(TABLE, texts.get("table.buffers"),
                    List.of(texts.get("table.buffers.columns").split("\\|")), rows);
        }
        return frozenTable;
    }

    /** Buffer occupancy over the whole run, for the trace. */
    LongSeries series() {
        LongSeries.Builder b = LongSeries.builder(BufferHistory.SERIES.id(), "Buffers over time", "send_buffer_bytes",
                "send_used_bytes", "in_flight_bytes", "receive_buffer_bytes", "unread_bytes", "out_of_order_bytes",
                "advertised_window_bytes", "delivered_bytes");
        for (BufferHistory.Sample s : samples) {
            b.add(s.time(), s.sendBuffer(), s.sendUsed(), s.inFlight(), s.receiveBuffer(), s.unread(),
                    s.outOfOrderBytes(), s.advertisedWindow(), s.delivered());
        }
        return b.build();
    }
}
