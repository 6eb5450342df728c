package org.wirewise.model.tcp;

import static org.wirewise.model.tcp.SequenceNumbers.add;
import static org.wirewise.model.tcp.SequenceNumbers.lessOrEqual;
import static org.wirewise.model.tcp.SequenceNumbers.lessThan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Variable;

/**
 * One TCP endpoint following RFC 9293's event processing (§3.10): opening actively or
 * passively, the three-way handshake with option negotiation, and in-order data with
 * acknowledgments. Segments leave through {@code output}; the caller owns timing and links.
 */
public final class TcpEndpoint {

    private final TcpConfig config;
    private final int localPort;
    private final long iss;
    private final long timestampOffset;
    private final LongSupplier clockNanos;
    private final Consumer<TcpSegment> output;
    private final List<byte[]> delivered = new ArrayList<>();

    private int remotePort;
    private boolean passiveOpen;
    private TcpState state = TcpState.CLOSED;
    private long irs;
    private long sndUna;
    private long sndNxt;
    private long sndWnd;
    private long rcvNxt;
    private int sendShift;
    private int receiveShift;
    private boolean windowScalingOn;
    private boolean sackOn;
    private boolean timestampsOn;
    private long tsRecent;
    private int peerMss = 536; // RFC 9293 §3.7.1: the default when no MSS option arrives

    /**
     * @param iss             initial send sequence number
     * @param timestampOffset random offset added to the timestamp clock, as Linux does per connection
     * @param clockNanos      simulated time
     */
    public TcpEndpoint(TcpConfig config, int localPort, long iss, long timestampOffset, LongSupplier clockNanos,
                       Consumer<TcpSegment> output) {
        this.config = Objects.requireNonNull(config);
        this.localPort = localPort;
        this.iss = iss & 0xFFFF_FFFFL;
        this.timestampOffset = timestampOffset;
        this.clockNanos = Objects.requireNonNull(clockNanos);
        this.output = Objects.requireNonNull(output);
    }

    public TcpState state() {
        return state;
    }

    public long iss() {
        return iss;
    }

    public long irs() {
        return irs;
    }

    public long sndUna() {
        return sndUna;
    }

    public long sndNxt() {
        return sndNxt;
    }

    public long rcvNxt() {
        return rcvNxt;
    }

    /** The peer's window in bytes, after applying its scale factor. */
    public long sndWnd() {
        return sndWnd;
    }

    public boolean windowScalingNegotiated() {
        return windowScalingOn;
    }

    public boolean sackNegotiated() {
        return sackOn;
    }

    public boolean timestampsNegotiated() {
        return timestampsOn;
    }

    /** The largest segment the peer said it can receive. */
    public int peerMss() {
        return peerMss;
    }

    /** Shift applied to windows the peer advertises (its announced shift). */
    public int sendShift() {
        return sendShift;
    }

    /** Data handed to the application, in order. */
    public List<byte[]> delivered() {
        return List.copyOf(delivered);
    }

    /** The state variables of RFC 9293 §3.3.1 a lesson shows, in the RFC's order. */
    public List<Variable> variables() {
        List<Variable> vars = new ArrayList<>();
        boolean started = state != TcpState.CLOSED && state != TcpState.LISTEN;
        vars.add(new Variable("ISS", started ? Long.toString(iss) : "–"));
        vars.add(new Variable("SND.UNA", started ? Long.toString(sndUna) : "–"));
        vars.add(new Variable("SND.NXT", started ? Long.toString(sndNxt) : "–"));
        vars.add(new Variable("SND.WND", state.isSynchronized() ? Long.toString(sndWnd) : "–"));
        boolean heard = state.isSynchronized() || state == TcpState.SYN_RECEIVED
                || (state == TcpState.SYN_SENT && rcvNxt != 0);
        vars.add(new Variable("IRS", heard ? Long.toString(irs) : "–"));
        vars.add(new Variable("RCV.NXT", heard ? Long.toString(rcvNxt) : "–"));
        vars.add(new Variable("RCV.WND", Long.toString(config.receiveWindow())));
        return vars;
    }

    /** Passive OPEN (RFC 9293 §3.10.1): wait for a SYN. */
    public void listen() {
        requireState(TcpState.CLOSED, "listen");
        passiveOpen = true;
        state = TcpState.LISTEN;
    }

    /** Active OPEN (RFC 9293 §3.10.1): send a SYN and wait in SYN-SENT. */
    public void connect(int remotePort) {
        requireState(TcpState.CLOSED, "connect");
        this.remotePort = remotePort;
        sndUna = iss;
        sndNxt = add(iss, 1);
        state = TcpState.SYN_SENT;
        emit(iss, 0, TcpFlags.SYN, synOptions(config.windowScaling(), config.sack(), config.timestamps()),
                new byte[0], (int) Math.min(65535, config.receiveWindow()));
    }

    /** SEND (RFC 9293 §3.10.2) in a synchronized state: the data goes out as one segment. */
    public void send(byte[] data) {
        if (!state.isSynchronized()) {
            throw new IllegalStateException("cannot send in " + state.displayName());
        }
        if (data.length > peerMss) {
            throw new IllegalArgumentException("data of " + data.length + " bytes exceeds the peer's MSS " + peerMss);
        }
        long seq = sndNxt;
        sndNxt = add(sndNxt, data.length);
        emit(seq, rcvNxt, TcpFlags.PSH | TcpFlags.ACK, dataOptions(), data, scaledWindow());
    }

    /** SEGMENT ARRIVES (RFC 9293 §3.10.7). */
    public void receive(TcpSegment seg) {
        noteTimestamp(seg);
        switch (state) {
            case CLOSED -> answerClosed(seg);
            case LISTEN -> receiveInListen(seg);
            case SYN_SENT -> receiveInSynSent(seg);
            default -> receiveSynchronized(seg);
        }
    }

    // RFC 9293 §3.10.7.1: everything sent to a closed port is answered with a reset.
    private void answerClosed(TcpSegment seg) {
        if (seg.has(TcpFlags.RST)) {
            return;
        }
        remotePort = seg.sourcePort();
        if (seg.has(TcpFlags.ACK)) {
            emit(seg.acknowledgmentNumber(), 0, TcpFlags.RST, List.of(), new byte[0], 0);
        } else {
            emit(0, add(seg.sequenceNumber(), segmentLength(seg)), TcpFlags.RST | TcpFlags.ACK, List.of(),
                    new byte[0], 0);
        }
    }

    // RFC 9293 §3.10.7.2.
    private void receiveInListen(TcpSegment seg) {
        if (seg.has(TcpFlags.RST)) {
            return;
        }
        remotePort = seg.sourcePort();
        if (seg.has(TcpFlags.ACK)) {
            emit(seg.acknowledgmentNumber(), 0, TcpFlags.RST, List.of(), new byte[0], 0);
            return;
        }
        if (!seg.has(TcpFlags.SYN)) {
            return;
        }
        acceptSyn(seg);
        sndUna = iss;
        sndNxt = add(iss, 1);
        state = TcpState.SYN_RECEIVED;
        sendSynAck();
    }

    // RFC 9293 §3.10.7.3.
    private void receiveInSynSent(TcpSegment seg) {
        boolean ackAcceptable = false;
        if (seg.has(TcpFlags.ACK)) {
            long ack = seg.acknowledgmentNumber();
            if (lessOrEqual(ack, iss) || lessThan(sndNxt, ack)) {
                if (!seg.has(TcpFlags.RST)) {
                    emit(ack, 0, TcpFlags.RST, List.of(), new byte[0], 0);
                }
                return;
            }
            ackAcceptable = lessOrEqual(sndUna, ack) && lessOrEqual(ack, sndNxt);
        }
        if (seg.has(TcpFlags.RST)) {
            if (ackAcceptable) {
                state = TcpState.CLOSED; // "error: connection reset"
            }
            return;
        }
        if (!seg.has(TcpFlags.SYN)) {
            return;
        }
        acceptSyn(seg);
        if (ackAcceptable) {
            sndUna = seg.acknowledgmentNumber();
        }
        if (lessThan(iss, sndUna)) {
            state = TcpState.ESTABLISHED;
            emit(sndNxt, rcvNxt, TcpFlags.ACK, dataOptions(), new byte[0], scaledWindow());
        } else {
            // Simultaneous open: both SYNs crossed (RFC 9293 §3.5, Figure 7).
            state = TcpState.SYN_RECEIVED;
            sendSynAck();
        }
    }

    /** Records the peer's SYN: its ISN, its options, its (never scaled, RFC 7323 §2.2) window. */
    private void acceptSyn(TcpSegment syn) {
        irs = syn.sequenceNumber();
        rcvNxt = add(irs, 1);
        negotiate(syn);
        sndWnd = syn.window();
    }

    private void sendSynAck() {
        emit(iss, rcvNxt, TcpFlags.SYN | TcpFlags.ACK, synOptions(windowScalingOn, sackOn, timestampsOn),
                new byte[0], (int) Math.min(65535, config.receiveWindow()));
    }

    // RFC 9293 §3.10.7.4, for SYN-RECEIVED and the synchronized states this model reaches.
    private void receiveSynchronized(TcpSegment incoming) {
        TcpSegment seg = trimOldSyn(incoming);
        if (!sequenceAcceptable(seg)) {
            if (!seg.has(TcpFlags.RST)) {
                emit(sndNxt, rcvNxt, TcpFlags.ACK, dataOptions(), new byte[0], scaledWindow());
            }
            return;
        }
        if (seg.has(TcpFlags.RST)) {
            // A reset in SYN-RECEIVED sends a passively opened connection back to LISTEN
            // (§3.10.7.4): the old-duplicate case of §3.5, Figure 8. Anything else closes.
            state = state == TcpState.SYN_RECEIVED && passiveOpen ? TcpState.LISTEN : TcpState.CLOSED;
            return;
        }
        if (!seg.has(TcpFlags.ACK)) {
            return;
        }
        long ack = seg.acknowledgmentNumber();
        if (state == TcpState.SYN_RECEIVED) {
            if (lessThan(sndUna, ack) && lessOrEqual(ack, sndNxt)) {
                state = TcpState.ESTABLISHED;
                sndWnd = (long) seg.window() << sendShift;
            } else {
                emit(ack, 0, TcpFlags.RST, List.of(), new byte[0], 0);
                return;
            }
        }
        if (lessThan(sndUna, ack) && lessOrEqual(ack, sndNxt)) {
            sndUna = ack;
            sndWnd = (long) seg.window() << sendShift;
        }
        byte[] text = seg.payload();
        if (text.length > 0 && seg.sequenceNumber() == rcvNxt) {
            delivered.add(text);
            rcvNxt = add(rcvNxt, text.length);
            emit(sndNxt, rcvNxt, TcpFlags.ACK, dataOptions(), new byte[0], scaledWindow());
        }
    }

    /**
     * A SYN we have already acknowledged lies just before RCV.NXT. RFC 9293 §3.10.7.4 lets a
     * receiver trim what lies outside the window, SYN included; what is left starts at RCV.NXT.
     * This is what lets a simultaneous open end in ESTABLISHED on both sides (§3.5, Figure 7).
     */
    private TcpSegment trimOldSyn(TcpSegment seg) {
        if (!seg.has(TcpFlags.SYN) || seg.sequenceNumber() != add(rcvNxt, -1)) {
            return seg;
        }
        return new TcpSegment(seg.sourcePort(), seg.destinationPort(), rcvNxt, seg.acknowledgmentNumber(),
                seg.flags() & ~TcpFlags.SYN, seg.window(), seg.urgentPointer(), seg.options(), seg.payload());
    }

    private boolean sequenceAcceptable(TcpSegment seg) {
        long len = segmentLength(seg);
        long wnd = config.receiveWindow();
        long seq = seg.sequenceNumber();
        boolean startsInWindow = lessOrEqual(rcvNxt, seq) && lessThan(seq, add(rcvNxt, wnd));
        if (len == 0) {
            return wnd == 0 ? seq == rcvNxt : startsInWindow;
        }
        long last = add(seq, len - 1);
        return startsInWindow || (lessOrEqual(rcvNxt, last) && lessThan(last, add(rcvNxt, wnd)));
    }

    private static long segmentLength(TcpSegment seg) {
        return seg.payload().length + (seg.has(TcpFlags.SYN) ? 1 : 0) + (seg.has(TcpFlags.FIN) ? 1 : 0);
    }

    /** An option is in use only when both SYNs carried it (RFC 7323 §2.2, §3.2; RFC 2018 §2). */
    private void negotiate(TcpSegment syn) {
        windowScalingOn = false;
        sackOn = false;
        timestampsOn = false;
        for (TcpOption option : syn.options()) {
            if (option instanceof TcpOption.Mss mss) {
                peerMss = mss.mss();
            } else if (option instanceof TcpOption.WindowScale ws && config.windowScaling()) {
                windowScalingOn = true;
                sendShift = Math.min(14, ws.shift()); // RFC 7323 §2.3: larger shifts are treated as 14
            } else if (option instanceof TcpOption.SackPermitted && config.sack()) {
                sackOn = true;
            } else if (option instanceof TcpOption.Timestamps && config.timestamps()) {
                timestampsOn = true;
            }
        }
        if (!windowScalingOn) {
            sendShift = 0;
        }
        receiveShift = windowScalingOn ? config.windowShift() : 0;
    }

    private void noteTimestamp(TcpSegment seg) {
        for (TcpOption option : seg.options()) {
            if (option instanceof TcpOption.Timestamps ts) {
                tsRecent = ts.tsVal(); // RFC 7323 §4.3: TS.Recent echoes the peer's latest TSval
            }
        }
    }

    private int scaledWindow() {
        return (int) Math.min(65535, config.receiveWindow() >> receiveShift);
    }

    private long timestampNow() {
        // Linux's timestamp clock ticks once a millisecond, offset randomly per connection.
        return (timestampOffset + clockNanos.getAsLong() / 1_000_000L) & 0xFFFF_FFFFL;
    }

    /** SYN options in the order and alignment Linux writes them (net/ipv4/tcp_output.c). */
    private List<TcpOption> synOptions(boolean windowScale, boolean sack, boolean timestamps) {
        List<TcpOption> options = new ArrayList<>();
        options.add(new TcpOption.Mss(config.mss()));
        if (timestamps) {
            if (sack) {
                options.add(new TcpOption.SackPermitted());
            } else {
                options.add(new TcpOption.Nop());
                options.add(new TcpOption.Nop());
            }
            options.add(new TcpOption.Timestamps(timestampNow(), state == TcpState.SYN_SENT ? 0 : tsRecent));
        } else if (sack) {
            options.add(new TcpOption.Nop());
            options.add(new TcpOption.Nop());
            options.add(new TcpOption.SackPermitted());
        }
        if (windowScale) {
            options.add(new TcpOption.Nop());
            options.add(new TcpOption.WindowScale(config.windowShift()));
        }
        return options;
    }

    private List<TcpOption> dataOptions() {
        if (!timestampsOn) {
            return List.of();
        }
        return List.of(new TcpOption.Nop(), new TcpOption.Nop(), new TcpOption.Timestamps(timestampNow(), tsRecent));
    }

    private void emit(long seq, long ack, int flags, List<TcpOption> options, byte[] payload, int window) {
        output.accept(new TcpSegment(localPort, remotePort, seq & 0xFFFF_FFFFL, ack & 0xFFFF_FFFFL, flags,
                window, 0, options, payload));
    }

    private void requireState(TcpState expected, String call) {
        if (state != expected) {
            throw new IllegalStateException(call + " needs " + expected.displayName() + ", not " + state.displayName());
        }
    }
}
