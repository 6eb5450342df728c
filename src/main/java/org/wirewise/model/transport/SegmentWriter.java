package org.wirewise.model.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;

/**
 * Builds the segments one endpoint sends, with the options Linux writes and the window the
 * receive buffer offers, and hands them to the output.
 */
final class SegmentWriter {

    private static final byte[] NO_DATA = new byte[0];

    private final TransmissionControlBlock tcb;
    private final NegotiatedOptions options;
    private final ReceiveBuffer receiver;
    private final int localPort;
    private final long timestampOffset;
    private final Consumer<TcpSegment> output;

    SegmentWriter(TransmissionControlBlock tcb, NegotiatedOptions options, ReceiveBuffer receiver, int localPort,
                  long timestampOffset, Consumer<TcpSegment> output) {
        this.tcb = tcb;
        this.options = options;
        this.receiver = receiver;
        this.localPort = localPort;
        this.timestampOffset = timestampOffset;
        this.output = output;
    }

    void sendSyn() {
        TcpConfig config = tcb.config;
        emit(tcb.iss, 0, TcpFlags.SYN, synOptions(config.windowScaling(), config.sack(), config.timestamps()),
                NO_DATA, (int) Math.min(65535, config.receiveWindow()));
    }

    void sendSynAck() {
        emit(tcb.iss, tcb.rcvNxt, TcpFlags.SYN | TcpFlags.ACK,
                synOptions(options.windowScalingOn, options.sackOn, options.timestampsOn),
                NO_DATA, (int) Math.min(65535, tcb.config.receiveWindow()));
    }

    void sendAck() {
        sendData(tcb.sndNxt, NO_DATA, false);
    }

    /** An ACK carrying {@code data} from {@code seq}; PSH marks the end of what was written. */
    void sendData(long seq, byte[] data, boolean push) {
        emit(seq, tcb.rcvNxt, TcpFlags.ACK | (push ? TcpFlags.PSH : 0), dataOptions(), data,
                receiver.advertisedWindow());
    }

    void sendFin(long seq) {
        emit(seq, tcb.rcvNxt, TcpFlags.FIN | TcpFlags.ACK, dataOptions(), NO_DATA, receiver.advertisedWindow());
    }

    /** A reset whose sequence number is the offending segment's ACK (RFC 9293 §3.10.7.1). */
    void sendReset(long seq) {
        emit(seq, 0, TcpFlags.RST, List.of(), NO_DATA, 0);
    }

    /** A reset that acknowledges a segment which carried no ACK (RFC 9293 §3.10.7.1). */
    void sendResetAck(long ack) {
        emit(0, ack, TcpFlags.RST | TcpFlags.ACK, List.of(), NO_DATA, 0);
    }

    private long timestampNow() {
        // Linux's timestamp clock ticks once a millisecond, offset randomly per connection.
        return (timestampOffset + tcb.now() / 1_000_000L) & 0xFFFF_FFFFL;
    }

    /** SYN options in the order and alignment Linux writes them (net/ipv4/tcp_output.c). */
    private List<TcpOption> synOptions(boolean windowScale, boolean sack, boolean timestamps) {
        List<TcpOption> list = new ArrayList<>();
        list.add(new TcpOption.Mss(tcb.config.mss()));
        if (timestamps) {
            if (sack) {
                list.add(new TcpOption.SackPermitted());
            } else {
                list.add(new TcpOption.Nop());
                list.add(new TcpOption.Nop());
            }
            list.add(new TcpOption.Timestamps(timestampNow(), tcb.state == TcpState.SYN_SENT ? 0 : options.tsRecent));
        } else if (sack) {
            list.add(new TcpOption.Nop());
            list.add(new TcpOption.Nop());
            list.add(new TcpOption.SackPermitted());
        }
        if (windowScale) {
            list.add(new TcpOption.Nop());
            list.add(new TcpOption.WindowScale(tcb.config.windowShift()));
        }
        return list;
    }

    /** NOP, NOP, Timestamps, then NOP, NOP, SACK when data is held beyond a hole (tcp_options_write). */
    private List<TcpOption> dataOptions() {
        List<TcpOption> list = new ArrayList<>();
        if (options.timestampsOn) {
            list.add(new TcpOption.Nop());
            list.add(new TcpOption.Nop());
            list.add(new TcpOption.Timestamps(timestampNow(), options.tsRecent));
        }
        List<SackBlock> blocks = sackBlocks();
        if (!blocks.isEmpty()) {
            list.add(new TcpOption.Nop());
            list.add(new TcpOption.Nop());
            list.add(new TcpOption.Sack(blocks));
        }
        return list;
    }

    /**
     * The SACK blocks the next segment carries (RFC 2018 §3, §4): as many as fit in 40 option bytes,
     * 3 beside timestamps, 4 without; none unless both SYNs offered SACK.
     */
    List<SackBlock> sackBlocks() {
        if (!options.sackOn) {
            return List.of();
        }
        int max = options.timestampsOn ? 3 : 4;
        return receiver.sackBlocks(max).stream().map(b -> new SackBlock(b[0], b[1])).toList();
    }

    /** Option bytes the SACK blocks add to the next segment (NOP, NOP, kind, length, 8 per block). */
    int sackOptionBytes() {
        int n = sackBlocks().size();
        return n == 0 ? 0 : 4 + 8 * n;
    }

    /** This end's timestamp clock now, in its 1 ms ticks. */
    long timestampClock() {
        return timestampNow();
    }

    private void emit(long seq, long ack, int flags, List<TcpOption> options, byte[] payload, int window) {
        output.accept(new TcpSegment(localPort, tcb.remotePort, seq & 0xFFFF_FFFFL,
                ack & 0xFFFF_FFFFL, flags, window, 0, options, payload));
    }
}
