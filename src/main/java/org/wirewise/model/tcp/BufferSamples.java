package org.wirewise.model.tcp;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.Table;

/**
 * The send and receive buffers over time, sampled whenever they change, as a table every step
 * carries: views draw the bars at any moment from the last sample before it.
 */
final class BufferSamples {

    static final String TABLE = "buffer-samples";
    static final List<String> COLUMNS = List.of("time (ns)", "send buffer", "send used", "in flight",
            "receive buffer", "unread", "out of order", "holes", "advertised window", "delivered");

    private final List<Table.Row> rows = new ArrayList<>();
    private final TcpEndpoint sender;
    private final TcpEndpoint receiver;
    private long last = -1;
    private Table frozen;

    BufferSamples(TcpEndpoint sender, TcpEndpoint receiver) {
        this.sender = sender;
        this.receiver = receiver;
    }

    void sample(long now) {
        StringBuilder holes = new StringBuilder();
        for (long[] r : receiver.outOfOrderRanges()) {
            if (holes.length() > 0) {
                holes.append(' ');
            }
            holes.append(r[0]).append('-').append(r[1]);
        }
        Table.Row row = Table.Row.of(Long.toString(now), Long.toString(sender.sendBufferSize()),
                Long.toString(sender.sendBufferUsed()), Long.toString(sender.bytesInFlight()),
                Long.toString(receiver.receiveBuffer()), Long.toString(receiver.readableBytes()),
                Long.toString(receiver.outOfOrderBytes()), holes.toString(), Long.toString(receiver.offeredWindow()),
                Long.toString(receiver.deliveredBytes()));
        if (now == last && !rows.isEmpty()) {
            rows.set(rows.size() - 1, row);
        } else {
            rows.add(row);
        }
        last = now;
        frozen = null;
    }

    /** All samples so far; the same table object until the next sample. */
    Table table() {
        if (frozen == null) {
            frozen = new Table(TABLE, "Buffers over time", COLUMNS, rows);
        }
        return frozen;
    }
}
