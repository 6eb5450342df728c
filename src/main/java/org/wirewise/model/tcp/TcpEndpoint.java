package org.wirewise.model.tcp;

import static org.wirewise.model.tcp.SequenceNumbers.add;
import static org.wirewise.model.tcp.SequenceNumbers.distance;
import static org.wirewise.model.tcp.SequenceNumbers.lessOrEqual;
import static org.wirewise.model.tcp.SequenceNumbers.lessThan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Variable;

/**
 * One TCP endpoint following RFC 9293's event processing (§3.10): opening and closing in every
 * order the state diagram allows (§3.3.2, Figure 5), a send buffer segmented by MSS and window,
 * a receive buffer that holds out-of-order data and advertises its free space, the
 * retransmission timer of RFC 6298 with Karn's rule, fast retransmit and recovery of RFC 5681 /
 * RFC 6582, zero-window probing, and TIME-WAIT for 2 × MSL. Segments leave through
 * {@code output}; timers run on {@link TcpTimers}; the caller owns links.
 */
public final class TcpEndpoint {

    private final TcpConfig config;
    private final TcpTuning tuning;
    private final int localPort;
    private final long iss;
    private final long timestampOffset;
    private final LongSupplier clockNanos;
    private final Consumer<TcpSegment> output;
    private final TcpTimers timers;
    private final RtoEstimator rto;
    private final List<byte[]> delivered = new ArrayList<>();
    private Consumer<TcpEvent> listener = e -> { };

    private int remotePort;
    private boolean passiveOpen;
    private TcpState state = TcpState.CLOSED;
    private long irs;
    private long sndUna;
    private long sndNxt;
    private long sndWnd;
    private long sndWl1;
    private long sndWl2;
    private long maxSndWnd;
    private long rcvNxt;
    private int sendShift;
    private int receiveShift;
    private boolean windowScalingOn;
    private boolean sackOn;
    private boolean timestampsOn;
    private long tsRecent;
    private int peerMss = 536; // RFC 9293 §3.7.1: the default when no MSS option arrives

    // Send side: every byte the application wrote, by stream offset (byte k has seq ISS + 1 + k).
    private byte[] written = new byte[0];
    private int writtenLength;
    private long dataAcked;
    private long dataSent;
    private boolean closeRequested;
    private boolean finSent;
    private final List<Sent> unacked = new ArrayList<>();
    private TcpTimers.Timer retransmitTimer;
    private long retransmitArmedAt;
    private long retransmitExpiresAt;
    private int retransmissionsOfHead;
    private TcpTimers.Timer persistTimer;
    private long persistArmedAt;
    private long persistExpiresAt;
    private long persistInterval;
    private TcpTimers.Timer timeWaitTimer;
    private long timeWaitArmedAt;
    private long timeWaitExpiresAt;
    private int duplicateAcks;
    private long cwnd;
    private long ssthresh = Long.MAX_VALUE / 4;
    private boolean inRecovery;
    private long recover;

    // Receive side.
    private final TreeMap<Long, byte[]> outOfOrder = new TreeMap<>(); // keyed by distance from IRS + 1
    private long outOfOrderFin = -1;
    private final List<byte[]> readable = new ArrayList<>();
    private long readableBytes;
    private long rcvRightEdge;

    /** An endpoint whose timers never fire and whose application reads everything at once. */
    public TcpEndpoint(TcpConfig config, int localPort, long iss, long timestampOffset, LongSupplier clockNanos,
                       Consumer<TcpSegment> output) {
        this(config, TcpTuning.DEFAULTS, localPort, iss, timestampOffset, clockNanos, TcpTimers.NONE, output);
    }

    /**
     * @param iss             initial send sequence number
     * @param timestampOffset random offset added to the timestamp clock, as Linux does per connection
     * @param clockNanos      simulated time
     */
    public TcpEndpoint(TcpConfig config, TcpTuning tuning, int localPort, long iss, long timestampOffset,
                       LongSupplier clockNanos, TcpTimers timers, Consumer<TcpSegment> output) {
        this.config = Objects.requireNonNull(config);
        this.tuning = Objects.requireNonNull(tuning);
        this.localPort = localPort;
        this.iss = iss & 0xFFFF_FFFFL;
        this.timestampOffset = timestampOffset;
        this.clockNanos = Objects.requireNonNull(clockNanos);
        this.timers = Objects.requireNonNull(timers);
        this.output = Objects.requireNonNull(output);
        this.rto = new RtoEstimator(tuning.minRto(), RtoEstimator.MAX_RTO);
        this.cwnd = 10L * config.mss(); // RFC 6928: an initial window of ten segments, as Linux uses
    }

    /** Receives everything the endpoint does on its own: timeouts, duplicate ACKs, state changes. */
    public void setListener(Consumer<TcpEvent> listener) {
        this.listener = Objects.requireNonNull(listener);
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

    /** The window this end offers now: free space in its receive buffer beyond RCV.NXT. */
    public long rcvWnd() {
        return Math.max(0, distance(rcvNxt, rcvRightEdge));
    }

    /**
     * The window the next segment from this end will advertise, in bytes: the free space up to the
     * last advertised right edge, or none when that is less than a segment.
     */
    public long offeredWindow() {
        long window = lessThan(rcvNxt, rcvRightEdge) ? distance(rcvNxt, rcvRightEdge) : 0;
        long free = config.receiveWindow() - readableBytes;
        long step = Math.min(config.receiveWindow() / 2, config.mss());
        if (free - window >= step) {
            window = free; // the edge moves forward with the next segment
        }
        if (window < Math.min(config.mss(), config.receiveWindow() / 2)) {
            return 0;
        }
        return Math.min(window, 65535L << receiveShift) >> receiveShift << receiveShift;
    }

    public long congestionWindow() {
        return cwnd;
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

    public RtoEstimator rtoEstimator() {
        return rto;
    }

    /** Data handed to the application, in order. */
    public List<byte[]> delivered() {
        return List.copyOf(delivered);
    }

    /** Bytes handed to the application so far. */
    public long deliveredBytes() {
        return delivered.stream().mapToLong(b -> b.length).sum();
    }

    /** In-order bytes waiting for the application to read. */
    public long readableBytes() {
        return readableBytes;
    }

    /** Bytes that arrived beyond a hole and wait for it to be filled. */
    public long outOfOrderBytes() {
        return outOfOrder.values().stream().mapToLong(b -> b.length).sum();
    }

    /** Held out-of-order ranges as [start, end) offsets relative to RCV.NXT. */
    public List<long[]> outOfOrderRanges() {
        List<long[]> ranges = new ArrayList<>();
        long base = distance(add(irs, 1), rcvNxt);
        for (Map.Entry<Long, byte[]> e : outOfOrder.entrySet()) {
            ranges.add(new long[] {e.getKey() - base, e.getKey() - base + e.getValue().length});
        }
        return ranges;
    }

    /** The receive buffer's size. */
    public long receiveBuffer() {
        return config.receiveWindow();
    }

    /** Bytes in the send buffer: written and not yet acknowledged. */
    public long sendBufferUsed() {
        return writtenLength - dataAcked;
    }

    /** Bytes written and not yet sent. */
    public long unsentBytes() {
        return writtenLength - dataSent;
    }

    /** Bytes sent and not yet acknowledged (data only). */
    public long bytesInFlight() {
        return dataSent - dataAcked;
    }

    public long sendBufferSize() {
        return tuning.sendBuffer();
    }

    /** The timers running now, for drawing. */
    public List<ActiveTimer> activeTimers() {
        List<ActiveTimer> list = new ArrayList<>();
        if (retransmitTimer != null) {
            list.add(new ActiveTimer(state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED ? "SYN RTO" : "RTO",
                    retransmitArmedAt, retransmitExpiresAt));
        }
        if (persistTimer != null) {
            list.add(new ActiveTimer("persist", persistArmedAt, persistExpiresAt));
        }
        if (timeWaitTimer != null) {
            list.add(new ActiveTimer("2MSL", timeWaitArmedAt, timeWaitExpiresAt));
        }
        return list;
    }

    /** A running timer: its name and when it was armed and will expire. */
    public record ActiveTimer(String name, long armedAt, long expiresAt) {
    }

    /** The state variables of RFC 9293 §3.3.1 a lesson shows, in the RFC's order, then the timer's. */
    public List<Variable> variables() {
        List<Variable> vars = new ArrayList<>();
        boolean started = state != TcpState.CLOSED && state != TcpState.LISTEN || sndNxt != 0;
        vars.add(new Variable("ISS", started ? Long.toString(iss) : "–"));
        vars.add(new Variable("SND.UNA", started ? Long.toString(sndUna) : "–"));
        vars.add(new Variable("SND.NXT", started ? Long.toString(sndNxt) : "–"));
        vars.add(new Variable("SND.WND", state.isSynchronized() ? Long.toString(sndWnd) : "–"));
        boolean heard = state.isSynchronized() || state == TcpState.SYN_RECEIVED
                || (state == TcpState.SYN_SENT && rcvNxt != 0) || rcvNxt != 0;
        vars.add(new Variable("IRS", heard ? Long.toString(irs) : "–"));
        vars.add(new Variable("RCV.NXT", heard ? Long.toString(rcvNxt) : "–"));
        vars.add(new Variable("RCV.WND", heard ? Long.toString(rcvWnd()) : Long.toString(config.receiveWindow())));
        vars.add(new Variable("RTO", String.format(java.util.Locale.ROOT, "%.3f s", rto.rto() / 1e9)));
        if (rto.hasSample()) {
            vars.add(new Variable("SRTT", String.format(java.util.Locale.ROOT, "%.1f ms", rto.srtt() / 1e6)));
            vars.add(new Variable("RTTVAR", String.format(java.util.Locale.ROOT, "%.1f ms", rto.rttvar() / 1e6)));
        }
        return vars;
    }

    /** Passive OPEN (RFC 9293 §3.10.1): wait for a SYN. */
    public void listen() {
        requireState(TcpState.CLOSED, "listen");
        passiveOpen = true;
        setState(TcpState.LISTEN);
    }

    /** Active OPEN (RFC 9293 §3.10.1), also from LISTEN (§3.10.2): send a SYN and wait in SYN-SENT. */
    public void connect(int remotePort) {
        if (state != TcpState.LISTEN) {
            requireState(TcpState.CLOSED, "connect");
        }
        // SEND in LISTEN with a remote socket turns a passive open into an active one (§3.10.2).
        passiveOpen = false;
        this.remotePort = remotePort;
        sndUna = iss;
        sndNxt = add(iss, 1);
        setState(TcpState.SYN_SENT);
        unacked.add(new Sent(iss, 1, true, false, -1, 0, now()));
        sendSyn();
        armRetransmit();
    }

    /**
     * SEND (RFC 9293 §3.10.2): the data joins the send buffer and goes out as the windows allow,
     * in segments of at most the peer's MSS. Returns how many bytes the buffer took.
     */
    public int send(byte[] data) {
        if (!(state.isSynchronized() || state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED)
                || closeRequested) {
            throw new IllegalStateException("cannot send in " + state.displayName()
                    + (closeRequested ? " after close" : ""));
        }
        int room = (int) Math.max(0, Math.min(data.length, tuning.sendBuffer() - sendBufferUsed()));
        if (writtenLength + room > written.length) {
            written = Arrays.copyOf(written, Math.max(writtenLength + room, written.length * 2));
        }
        System.arraycopy(data, 0, written, writtenLength, room);
        writtenLength += room;
        transmitPending();
        return room;
    }

    /**
     * CLOSE (RFC 9293 §3.10.4): no more data from this side. The FIN follows the data already
     * queued; ESTABLISHED goes to FIN-WAIT-1, CLOSE-WAIT to LAST-ACK.
     */
    public void close() {
        switch (state) {
            case LISTEN, SYN_SENT -> {
                stopRetransmit();
                unacked.clear();
                setState(TcpState.CLOSED);
                return;
            }
            case SYN_RECEIVED, ESTABLISHED -> setState(TcpState.FIN_WAIT_1);
            case CLOSE_WAIT -> setState(TcpState.LAST_ACK);
            default -> throw new IllegalStateException("connection closing: close in " + state.displayName());
        }
        closeRequested = true;
        transmitPending();
    }

    /** RECEIVE (RFC 9293 §3.10.3): the application takes up to {@code max} bytes. */
    public byte[] read(long max) {
        int n = (int) Math.min(max, readableBytes);
        byte[] out = new byte[n];
        int filled = 0;
        Iterator<byte[]> it = readable.iterator();
        while (filled < n) {
            byte[] chunk = it.next();
            int take = Math.min(chunk.length, n - filled);
            System.arraycopy(chunk, 0, out, filled, take);
            filled += take;
            it.remove();
            if (take < chunk.length) {
                readable.add(0, Arrays.copyOfRange(chunk, take, chunk.length));
                break;
            }
        }
        readableBytes -= n;
        if (n > 0) {
            delivered.add(out);
            maybeSendWindowUpdate();
        }
        return out;
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
        setState(TcpState.SYN_RECEIVED);
        unacked.add(new Sent(iss, 1, true, false, -1, 0, now()));
        sendSynAck();
        armRetransmit();
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
                abort(TcpEvent.Kind.RESET); // "error: connection reset" (refused)
            }
            return;
        }
        if (!seg.has(TcpFlags.SYN)) {
            return;
        }
        acceptSyn(seg);
        if (ackAcceptable) {
            acknowledge(seg.acknowledgmentNumber());
        }
        if (lessThan(iss, sndUna)) {
            setState(TcpState.ESTABLISHED);
            sndWl1 = seg.sequenceNumber();
            sndWl2 = seg.acknowledgmentNumber();
            sendAck();
            transmitPending();
        } else {
            // Simultaneous open: both SYNs crossed (RFC 9293 §3.5, Figure 7).
            setState(TcpState.SYN_RECEIVED);
            sendSynAck();
        }
    }

    /** Records the peer's SYN: its ISN, its options, its (never scaled, RFC 7323 §2.2) window. */
    private void acceptSyn(TcpSegment syn) {
        irs = syn.sequenceNumber();
        rcvNxt = add(irs, 1);
        rcvRightEdge = add(rcvNxt, config.receiveWindow());
        negotiate(syn);
        sndWnd = syn.window();
        maxSndWnd = Math.max(maxSndWnd, sndWnd);
    }

    private void sendSyn() {
        emit(iss, 0, TcpFlags.SYN, synOptions(config.windowScaling(), config.sack(), config.timestamps()),
                new byte[0], (int) Math.min(65535, config.receiveWindow()));
    }

    private void sendSynAck() {
        emit(iss, rcvNxt, TcpFlags.SYN | TcpFlags.ACK, synOptions(windowScalingOn, sackOn, timestampsOn),
                new byte[0], (int) Math.min(65535, config.receiveWindow()));
    }

    // RFC 9293 §3.10.7.4: SYN-RECEIVED and the synchronized states.
    private void receiveSynchronized(TcpSegment incoming) {
        TcpSegment seg = trimOldSyn(incoming);
        // First: is the segment acceptable?
        if (!sequenceAcceptable(seg)) {
            if (!seg.has(TcpFlags.RST)) {
                sendAck();
                if (state == TcpState.TIME_WAIT && seg.has(TcpFlags.FIN)) {
                    // The peer's FIN again: our last ACK was lost. Acknowledge it and restart 2 MSL.
                    enterTimeWait();
                }
            }
            return;
        }
        // Second: RST.
        if (seg.has(TcpFlags.RST)) {
            stopRetransmit();
            stopPersist();
            unacked.clear();
            if (state == TcpState.SYN_RECEIVED && passiveOpen) {
                // A reset in SYN-RECEIVED sends a passively opened connection back to LISTEN
                // (§3.10.7.4): the old-duplicate case of §3.5, Figure 8.
                setState(TcpState.LISTEN);
            } else {
                abort(TcpEvent.Kind.RESET);
            }
            return;
        }
        // Fourth: a SYN in a synchronized state is answered with a challenge ACK (RFC 5961 §4).
        if (seg.has(TcpFlags.SYN)) {
            sendAck();
            return;
        }
        // Fifth: ACK.
        if (!seg.has(TcpFlags.ACK)) {
            return;
        }
        long ack = seg.acknowledgmentNumber();
        if (state == TcpState.SYN_RECEIVED) {
            if (lessThan(sndUna, ack) && lessOrEqual(ack, sndNxt)) {
                setState(TcpState.ESTABLISHED);
                sndWnd = (long) seg.window() << sendShift;
                maxSndWnd = Math.max(maxSndWnd, sndWnd);
                sndWl1 = seg.sequenceNumber();
                sndWl2 = ack;
            } else {
                emit(ack, 0, TcpFlags.RST, List.of(), new byte[0], 0);
                return;
            }
        }
        if (lessThan(sndNxt, ack)) {
            sendAck(); // it acknowledges something not yet sent
            return;
        }
        boolean hasText = seg.payload().length > 0 || seg.has(TcpFlags.FIN);
        long oldWindow = sndWnd;
        if (lessThan(sndUna, ack)) {
            acknowledge(ack);
            duplicateAcks = 0;
        } else if (ack == sndUna && !hasText && sndNxt != sndUna
                && ((long) seg.window() << sendShift) == oldWindow) {
            duplicateAck(ack);
        }
        // Window update (SND.WL1 / SND.WL2 rule of §3.10.7.4).
        if (lessThan(sndWl1, seg.sequenceNumber())
                || (sndWl1 == seg.sequenceNumber() && lessOrEqual(sndWl2, ack))) {
            sndWnd = (long) seg.window() << sendShift;
            maxSndWnd = Math.max(maxSndWnd, sndWnd);
            sndWl1 = seg.sequenceNumber();
            sndWl2 = ack;
        }
        if (sndWnd > 0) {
            stopPersist();
        }
        // A FIN that also acknowledges ours takes FIN-WAIT-1 straight to TIME-WAIT (Figure 5);
        // the eighth step below sees both at once.
        boolean finInOrder = seg.has(TcpFlags.FIN) && seg.sequenceNumber() == rcvNxt;
        if (!(state == TcpState.FIN_WAIT_1 && finInOrder)) {
            finAcknowledged();
        }
        if (state == TcpState.CLOSED) {
            return;
        }
        // Seventh: segment text; eighth: FIN.
        if (hasText) {
            receiveText(seg);
        }
        transmitPending();
    }

    private void finAcknowledged() {
        boolean ourFinAcked = finSent && sndUna == sndNxt;
        if (!ourFinAcked) {
            return;
        }
        switch (state) {
            case FIN_WAIT_1 -> setState(TcpState.FIN_WAIT_2);
            case CLOSING -> enterTimeWait();
            case LAST_ACK -> {
                stopRetransmit();
                setState(TcpState.CLOSED);
            }
            default -> { }
        }
    }

    private void receiveText(TcpSegment seg) {
        if (state == TcpState.TIME_WAIT) {
            if (seg.has(TcpFlags.FIN)) {
                sendAck(); // the retransmitted FIN: acknowledge again and restart 2 MSL
                enterTimeWait();
            }
            return;
        }
        boolean acceptsData = state == TcpState.ESTABLISHED || state == TcpState.FIN_WAIT_1
                || state == TcpState.FIN_WAIT_2;
        if (!acceptsData) {
            // CLOSE-WAIT, CLOSING, LAST-ACK: the peer's FIN was already received; a retransmission of it.
            sendAck();
            return;
        }
        long base = distance(add(irs, 1), rcvNxt); // stream offset of RCV.NXT
        long segOffset = base - distance(seg.sequenceNumber(), rcvNxt);
        if (lessOrEqual(rcvNxt, seg.sequenceNumber())) {
            segOffset = base + distance(rcvNxt, seg.sequenceNumber());
        }
        byte[] data = seg.payload();
        long finOffset = seg.has(TcpFlags.FIN) ? segOffset + data.length : -1;
        long windowEnd = base + rcvWnd();
        // Trim what was already received and what lies beyond the window.
        long start = Math.max(segOffset, base);
        long end = Math.min(segOffset + data.length, windowEnd);
        if (end > start) {
            byte[] part = Arrays.copyOfRange(data, (int) (start - segOffset), (int) (end - segOffset));
            if (start == base) {
                accept(part);
                pullOutOfOrder();
            } else {
                outOfOrder.merge(start, part, (a, b) -> a.length >= b.length ? a : b);
                listener.accept(new TcpEvent(TcpEvent.Kind.OUT_OF_ORDER, seg.sequenceNumber(), part.length));
            }
        }
        if (finOffset >= 0 && finOffset <= windowEnd) {
            outOfOrderFin = finOffset;
        }
        long now = distance(add(irs, 1), rcvNxt);
        if (outOfOrderFin >= 0 && outOfOrderFin == now) {
            outOfOrderFin = -1;
            receiveFin();
            return;
        }
        sendAck();
    }

    private void accept(byte[] part) {
        rcvNxt = add(rcvNxt, part.length);
        readable.add(part);
        readableBytes += part.length;
        listener.accept(new TcpEvent(TcpEvent.Kind.DELIVERED, -1, part.length));
        if (tuning.autoRead()) {
            read(readableBytes);
        }
    }

    private void pullOutOfOrder() {
        while (!outOfOrder.isEmpty()) {
            long base = distance(add(irs, 1), rcvNxt);
            Map.Entry<Long, byte[]> first = outOfOrder.firstEntry();
            if (first.getKey() > base) {
                return;
            }
            outOfOrder.pollFirstEntry();
            long endOffset = first.getKey() + first.getValue().length;
            if (endOffset > base) {
                accept(Arrays.copyOfRange(first.getValue(), (int) (base - first.getKey()), first.getValue().length));
            }
        }
    }

    // Eighth step of §3.10.7.4: the FIN.
    private void receiveFin() {
        rcvNxt = add(rcvNxt, 1);
        rcvRightEdge = add(rcvRightEdge, 1);
        sendAck();
        switch (state) {
            case SYN_RECEIVED, ESTABLISHED -> setState(TcpState.CLOSE_WAIT);
            case FIN_WAIT_1 -> {
                if (finSent && sndUna == sndNxt) {
                    enterTimeWait(); // the FIN also acknowledged ours
                } else {
                    setState(TcpState.CLOSING); // simultaneous close
                }
            }
            case FIN_WAIT_2 -> enterTimeWait();
            default -> { }
        }
    }

    private void enterTimeWait() {
        stopRetransmit();
        stopPersist();
        if (timeWaitTimer != null) {
            timeWaitTimer.cancel();
        }
        setState(TcpState.TIME_WAIT);
        long twoMsl = 2 * tuning.msl();
        timeWaitArmedAt = now();
        timeWaitExpiresAt = timeWaitArmedAt + twoMsl;
        timeWaitTimer = timers.start(twoMsl, () -> {
            timeWaitTimer = null;
            setState(TcpState.CLOSED);
        });
    }

    /** SND.UNA moves up to {@code ack}: drop acknowledged segments, sample the RTT, manage the timer. */
    private void acknowledge(long ack) {
        long dataBefore = dataAcked;
        boolean first = true;
        for (Iterator<Sent> it = unacked.iterator(); it.hasNext(); ) {
            Sent s = it.next();
            if (!lessOrEqual(add(s.seq, s.length), ack)) {
                break;
            }
            if (first && !s.retransmitted) {
                // Karn's rule (RFC 6298 §3): no sample from a segment that was sent more than once.
                long sample = now() - s.sentAt;
                rto.sample(sample);
                listener.accept(new TcpEvent(TcpEvent.Kind.RTT_SAMPLE, s.seq, sample));
            }
            first = false;
            if (s.dataLength > 0) {
                dataAcked = Math.max(dataAcked, s.dataOffset + s.dataLength);
            }
            it.remove();
        }
        sndUna = ack;
        retransmissionsOfHead = 0;
        long mss = config.mss();
        long newlyAcked = dataAcked - dataBefore; // a SYN's or FIN's sequence number does not grow cwnd
        if (inRecovery) {
            if (lessOrEqual(recover, ack)) {
                inRecovery = false;
                cwnd = ssthresh; // RFC 6582 §3.2 step 3: full acknowledgment deflates the window
            } else {
                // Partial ACK: the next hole was lost too; retransmit it at once (RFC 6582 §3.2).
                cwnd = Math.max(mss, cwnd - newlyAcked + mss);
                if (!unacked.isEmpty()) {
                    listener.accept(new TcpEvent(TcpEvent.Kind.PARTIAL_ACK_RETRANSMIT, unacked.get(0).seq, 0));
                    retransmit(unacked.get(0));
                }
            }
        } else if (newlyAcked > 0 && cwnd < ssthresh) {
            cwnd += Math.min(newlyAcked, mss); // slow start (RFC 5681 §3.1)
        } else if (newlyAcked > 0) {
            cwnd += Math.max(1, mss * mss / cwnd); // congestion avoidance
        }
        if (unacked.isEmpty()) {
            stopRetransmit(); // RFC 6298 §5.2
        } else {
            restartRetransmit(); // RFC 6298 §5.3
        }
    }

    // RFC 5681 §3.2: the third duplicate ACK means a segment was lost, not merely reordered.
    private void duplicateAck(long ack) {
        duplicateAcks++;
        listener.accept(new TcpEvent(TcpEvent.Kind.DUPLICATE_ACK, ack, duplicateAcks));
        long mss = config.mss();
        if (duplicateAcks == 3 && !inRecovery && !unacked.isEmpty()) {
            long flight = distance(sndUna, sndNxt);
            ssthresh = Math.max(flight / 2, 2 * mss);
            inRecovery = true;
            recover = sndNxt;
            listener.accept(new TcpEvent(TcpEvent.Kind.FAST_RETRANSMIT, unacked.get(0).seq, 0));
            retransmit(unacked.get(0));
            restartRetransmit();
            cwnd = ssthresh + 3 * mss;
        } else if (inRecovery) {
            cwnd += mss; // each further duplicate means one more segment has left the network
        }
    }

    private void retransmit(Sent s) {
        s.retransmitted = true;
        if (s.syn) {
            if (state == TcpState.SYN_SENT) {
                sendSyn();
            } else {
                sendSynAck();
            }
        } else if (s.fin) {
            emit(s.seq, rcvNxt, TcpFlags.FIN | TcpFlags.ACK, dataOptions(), new byte[0], advertisedWindow());
        } else {
            byte[] data = Arrays.copyOfRange(written, (int) s.dataOffset, (int) (s.dataOffset + s.dataLength));
            boolean push = s.dataOffset + s.dataLength == writtenLength;
            emit(s.seq, rcvNxt, TcpFlags.ACK | (push ? TcpFlags.PSH : 0), dataOptions(), data,
                    advertisedWindow());
        }
    }

    /** Sends what the windows allow: new data, then the FIN once all data has gone. */
    private void transmitPending() {
        if (!state.isSynchronized() || state == TcpState.TIME_WAIT || finSent) {
            return;
        }
        long mss = Math.min(peerMss, config.mss());
        while (writtenLength > dataSent) {
            long inFlight = distance(sndUna, sndNxt);
            long window = Math.min(sndWnd, cwnd);
            long usable = window - inFlight;
            long available = writtenLength - dataSent;
            long len = Math.min(Math.min(mss, available), usable);
            if (len <= 0) {
                break;
            }
            // Sender silly-window avoidance (RFC 9293 §3.8.6.2.1): a full segment, or all that is
            // left, or at least half the largest window the peer ever offered.
            if (len < mss && len < available && len < maxSndWnd / 2) {
                break;
            }
            long seq = sndNxt;
            byte[] data = Arrays.copyOfRange(written, (int) dataSent, (int) (dataSent + len));
            unacked.add(new Sent(seq, (int) len, false, false, dataSent, (int) len, now()));
            dataSent += len;
            sndNxt = add(sndNxt, len);
            boolean push = dataSent == writtenLength;
            emit(seq, rcvNxt, TcpFlags.ACK | (push ? TcpFlags.PSH : 0), dataOptions(), data, advertisedWindow());
            armRetransmit();
        }
        if (writtenLength > dataSent && sndWnd == 0 && unacked.isEmpty()) {
            armPersist();
        }
        if (closeRequested && !finSent && writtenLength == dataSent) {
            finSent = true;
            long seq = sndNxt;
            unacked.add(new Sent(seq, 1, false, true, -1, 0, now()));
            sndNxt = add(sndNxt, 1);
            emit(seq, rcvNxt, TcpFlags.FIN | TcpFlags.ACK, dataOptions(), new byte[0], advertisedWindow());
            armRetransmit();
        }
    }

    private void armRetransmit() {
        if (retransmitTimer == null) {
            startRetransmitTimer();
        }
    }

    private void restartRetransmit() {
        stopRetransmit();
        startRetransmitTimer();
    }

    private void startRetransmitTimer() {
        long timeout = rto.rto();
        retransmitArmedAt = now();
        retransmitExpiresAt = retransmitArmedAt + timeout;
        retransmitTimer = timers.start(timeout, this::retransmitTimeout);
    }

    private void stopRetransmit() {
        if (retransmitTimer != null) {
            retransmitTimer.cancel();
            retransmitTimer = null;
        }
    }

    // RFC 6298 §5.4–5.7.
    private void retransmitTimeout() {
        retransmitTimer = null;
        if (unacked.isEmpty()) {
            return;
        }
        Sent head = unacked.get(0);
        int limit = head.syn ? tuning.synRetries() : tuning.retries();
        if (retransmissionsOfHead >= limit) {
            abort(TcpEvent.Kind.GAVE_UP);
            return;
        }
        retransmissionsOfHead++;
        long mss = config.mss();
        if (!head.syn) {
            ssthresh = Math.max(distance(sndUna, sndNxt) / 2, 2 * mss); // RFC 5681 §3.1, equation (4)
            cwnd = mss; // the loss window
            inRecovery = true;
            recover = sndNxt;
        }
        duplicateAcks = 0;
        rto.backOff();
        listener.accept(new TcpEvent(TcpEvent.Kind.TIMEOUT, head.seq, rto.rto()));
        retransmit(head);
        startRetransmitTimer();
    }

    private void armPersist() {
        if (persistTimer != null) {
            return;
        }
        if (persistInterval == 0) {
            persistInterval = rto.rto();
        }
        persistArmedAt = now();
        persistExpiresAt = persistArmedAt + persistInterval;
        persistTimer = timers.start(persistInterval, () -> {
            persistTimer = null;
            // Linux probes with a segment one below SND.UNA (tcp_xmit_probe_skb): an old sequence
            // number the receiver must answer with an ACK that carries its current window.
            listener.accept(new TcpEvent(TcpEvent.Kind.ZERO_WINDOW_PROBE, add(sndUna, -1), persistInterval));
            emit(add(sndUna, -1), rcvNxt, TcpFlags.ACK, dataOptions(), new byte[0], advertisedWindow());
            persistInterval = Math.min(RtoEstimator.MAX_RTO, persistInterval * 2);
            armPersist();
        });
    }

    private void stopPersist() {
        if (persistTimer != null) {
            persistTimer.cancel();
            persistTimer = null;
        }
        persistInterval = 0;
    }

    /**
     * Receiver silly-window avoidance (RFC 9293 §3.8.6.2.2): the right edge moves only when the
     * free space has grown by min(buffer / 2, MSS); the window never shrinks.
     */
    private int advertisedWindow() {
        long free = config.receiveWindow() - readableBytes;
        long candidate = add(rcvNxt, free);
        long step = Math.min(config.receiveWindow() / 2, config.mss());
        if (distance(rcvRightEdge, candidate) >= step && lessThan(rcvRightEdge, candidate)) {
            rcvRightEdge = candidate;
        }
        long window = lessThan(rcvNxt, rcvRightEdge) ? distance(rcvNxt, rcvRightEdge) : 0;
        if (window < Math.min(config.mss(), config.receiveWindow() / 2)) {
            // Less than a segment's room is offered as none, as Linux does (__tcp_select_window):
            // the sender would only fill it with a tiny segment.
            window = 0;
        }
        return (int) Math.min(65535, window >> receiveShift);
    }

    private void maybeSendWindowUpdate() {
        if (!state.isSynchronized() || state == TcpState.TIME_WAIT) {
            return;
        }
        long before = rcvWnd();
        long free = config.receiveWindow() - readableBytes;
        long step = Math.min(config.receiveWindow() / 2, config.mss());
        if (free - before >= step && !tuning.autoRead()) {
            listener.accept(new TcpEvent(TcpEvent.Kind.WINDOW_UPDATE, rcvNxt, free));
            sendAck();
        }
    }

    private void sendAck() {
        emit(sndNxt, rcvNxt, TcpFlags.ACK, dataOptions(), new byte[0], advertisedWindow());
    }

    private void abort(TcpEvent.Kind why) {
        stopRetransmit();
        stopPersist();
        unacked.clear();
        listener.accept(new TcpEvent(why, -1, 0));
        setState(TcpState.CLOSED);
    }

    private void setState(TcpState next) {
        if (next != state) {
            state = next;
            listener.accept(new TcpEvent(TcpEvent.Kind.STATE, -1, next.ordinal()));
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
        long wnd = rcvWnd();
        long seq = seg.sequenceNumber();
        boolean startsInWindow = lessOrEqual(rcvNxt, seq) && lessThan(seq, add(rcvNxt, wnd));
        if (len == 0) {
            return wnd == 0 ? seq == rcvNxt : startsInWindow;
        }
        if (wnd == 0) {
            return false;
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

    private long now() {
        return clockNanos.getAsLong();
    }

    private long timestampNow() {
        // Linux's timestamp clock ticks once a millisecond, offset randomly per connection.
        return (timestampOffset + now() / 1_000_000L) & 0xFFFF_FFFFL;
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

    /** A segment sent and not yet acknowledged, kept for retransmission and RTT sampling. */
    private static final class Sent {
        final long seq;
        final int length;
        final boolean syn;
        final boolean fin;
        final long dataOffset;
        final int dataLength;
        final long sentAt;
        boolean retransmitted;

        Sent(long seq, int length, boolean syn, boolean fin, long dataOffset, int dataLength, long sentAt) {
            this.seq = seq;
            this.length = length;
            this.syn = syn;
            this.fin = fin;
            this.dataOffset = dataOffset;
            this.dataLength = dataLength;
            this.sentAt = sentAt;
        }
    }
}
