package org.wirewise.model.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.Variable;

/**
 * One TCP endpoint following RFC 9293's event processing (§3.10): opening and closing in every
 * order the state diagram allows (§3.3.2, Figure 5), a send buffer segmented by MSS and window,
 * a receive buffer that holds out-of-order data and advertises its free space, the
 * retransmission timer of RFC 6298 with Karn's rule, fast retransmit and recovery of RFC 5681 /
 * RFC 6582, zero-window probing, and TIME-WAIT for 2 × MSL. Segments leave through
 * {@code output}; timers run on {@link TcpTimers}; the caller owns links.
 *
 * <p>This class takes the user calls of §3.10.1–§3.10.4 and answers questions about the
 * connection; the work is done by its parts, which share one {@link TransmissionControlBlock}:
 * {@link SegmentArrivals} (§3.10.7), {@link Transmitter} and {@link SendBuffer} (the send side),
 * {@link RetransmissionQueue} (timer and congestion window), {@link ReceiveBuffer} (the receive
 * side and its window) and {@link SegmentWriter} with {@link NegotiatedOptions} (segments and
 * their options).
 */
public final class TcpEndpoint {

    private final TransmissionControlBlock tcb;
    private final NegotiatedOptions options;
    private final RtoEstimator rto;
    private final ReceiveBuffer receiver;
    private final SegmentWriter writer;
    private final SendBuffer sendBuffer;
    private final RetransmissionQueue retransmission;
    private final Transmitter transmitter;
    private final SegmentArrivals arrivals;

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
        this.tcb = new TransmissionControlBlock(config, tuning, iss, clockNanos, timers);
        this.options = new NegotiatedOptions(config);
        this.rto = new RtoEstimator(tuning.minRto(), RtoEstimator.MAX_RTO);
        this.receiver = new ReceiveBuffer(tcb, options);
        this.writer = new SegmentWriter(tcb, options, receiver, localPort, timestampOffset,
                Objects.requireNonNull(output));
        this.sendBuffer = new SendBuffer(tuning.sendBuffer());
        this.retransmission = new RetransmissionQueue(tcb, options, writer, sendBuffer, rto, this::abort);
        this.transmitter = new Transmitter(tcb, options, writer, sendBuffer, retransmission, rto);
        this.arrivals = new SegmentArrivals(tcb, options, receiver, writer, retransmission, transmitter, this::abort);
    }

    /** Receives everything the endpoint does on its own: timeouts, duplicate ACKs, state changes. */
    public void setListener(Consumer<TcpEvent> listener) {
        tcb.setListener(listener);
    }

    /** Hears the endpoint's events too, without replacing the {@linkplain #setListener listener}. */
    public void observe(Consumer<TcpEvent> observer) {
        tcb.observe(observer);
    }

    public TcpState state() {
        return tcb.state;
    }

    /** The peer's port: set by connect, or learned from the SYN a listener takes; 0 before. */
    public int remotePort() {
        return tcb.remotePort;
    }

    public long iss() {
        return tcb.iss;
    }

    public long irs() {
        return tcb.irs;
    }

    public long sndUna() {
        return tcb.sndUna;
    }

    public long sndNxt() {
        return tcb.sndNxt;
    }

    public long rcvNxt() {
        return tcb.rcvNxt;
    }

    /** The peer's window in bytes, after applying its scale factor. */
    public long sndWnd() {
        return tcb.sndWnd;
    }

    /** The window this end offers now: free space in its receive buffer beyond RCV.NXT. */
    public long rcvWnd() {
        return receiver.window();
    }

    /**
     * The window the next segment from this end will advertise, in bytes: the free space up to the
     * last advertised right edge, or none when that is less than a segment.
     */
    public long offeredWindow() {
        return receiver.offeredWindow();
    }

    public long congestionWindow() {
        return retransmission.congestionWindow();
    }

    public long slowStartThreshold() {
        return retransmission.slowStartThreshold();
    }

    /** The most data one segment from this end carries: the MSS less the options each segment has. */
    public int sendMss() {
        return options.sendMss();
    }

    /** The SACK blocks of the latest segment that carried them (RFC 2018 §3); empty if it carried none. */
    public List<SackBlock> lastSackBlocks() {
        return options.lastSack;
    }

    /** How the RTO stood when this end's SYN was acknowledged, or null before that. */
    public HandshakeRtt handshakeRtt() {
        return retransmission.handshakeRtt();
    }

    public boolean windowScalingNegotiated() {
        return options.windowScalingOn;
    }

    public boolean sackNegotiated() {
        return options.sackOn;
    }

    public boolean timestampsNegotiated() {
        return options.timestampsOn;
    }

    /** The largest segment the peer said it can receive. */
    public int peerMss() {
        return options.peerMss;
    }

    /** Shift applied to windows the peer advertises (its announced shift). */
    public int sendShift() {
        return options.sendShift;
    }

    public RtoEstimator rtoEstimator() {
        return rto;
    }

    /** Data handed to the application, in order. */
    public List<byte[]> delivered() {
        return receiver.delivered();
    }

    /** The application's reads from the {@code from}-th on. */
    public List<byte[]> deliveredFrom(int from) {
        return receiver.deliveredFrom(from);
    }

    /** Bytes handed to the application so far. */
    public long deliveredBytes() {
        return receiver.deliveredBytes();
    }

    /** In-order bytes waiting for the application to read. */
    public long readableBytes() {
        return receiver.readableBytes();
    }

    /** Bytes that arrived beyond a hole and wait for it to be filled. */
    public long outOfOrderBytes() {
        return receiver.outOfOrderBytes();
    }

    /** Held out-of-order ranges as [start, end) offsets relative to RCV.NXT. */
    public List<long[]> outOfOrderRanges() {
        return receiver.outOfOrderRanges();
    }

    /** The receive buffer's size. */
    public long receiveBuffer() {
        return tcb.config.receiveWindow();
    }

    /** Bytes in the send buffer: written and not yet acknowledged. */
    public long sendBufferUsed() {
        return sendBuffer.used();
    }

    /** Bytes written and not yet sent. */
    public long unsentBytes() {
        return sendBuffer.unsent();
    }

    /** Bytes sent and not yet acknowledged (data only). */
    public long bytesInFlight() {
        return sendBuffer.inFlight();
    }

    public long sendBufferSize() {
        return sendBuffer.capacity();
    }

    /** The timers running now, for drawing. */
    public List<ActiveTimer> activeTimers() {
        List<ActiveTimer> list = new ArrayList<>();
        for (ActiveTimer timer : new ActiveTimer[] {retransmission.activeTimer(),
                transmitter.activePersistTimer(), arrivals.activeTimeWaitTimer()}) {
            if (timer != null) {
                list.add(timer);
            }
        }
        return list;
    }

    /** A running timer: which one and when it was armed and will expire. */
    public record ActiveTimer(Kind kind, long armedAt, long expiresAt) {

        /** The timers an endpoint runs; the lesson's narration names them in its language. */
        public enum Kind {
            SYN_RTO("SYN RTO"), RTO("RTO"), PERSIST("persist"), TIME_WAIT("2MSL");

            private final String written;

            Kind(String written) {
                this.written = written;
            }
        }

        /** Its name as RFCs and Linux write it ("SYN RTO", "2MSL"): an identifier, the same in every language. */
        public String name() {
            return kind.written;
        }
    }

    /** The state variables of RFC 9293 §3.3.1 a lesson shows, in the RFC's order, then the timer's; in English. */
    public List<Variable> variables() {
        return variables(Locale.ENGLISH);
    }

    /** The same, the timer's values ("1.000 s", "1,000 s") written in {@code language}. */
    public List<Variable> variables(Locale language) {
        Units units = new Units(language);
        TcpState state = tcb.state;
        List<Variable> vars = new ArrayList<>();
        boolean started = state != TcpState.CLOSED && state != TcpState.LISTEN || tcb.sndNxt != 0;
        vars.add(new Variable("ISS", started ? Long.toString(tcb.iss) : "–"));
        vars.add(new Variable("SND.UNA", started ? Long.toString(tcb.sndUna) : "–"));
        vars.add(new Variable("SND.NXT", started ? Long.toString(tcb.sndNxt) : "–"));
        vars.add(new Variable("SND.WND", state.isSynchronized() ? Long.toString(tcb.sndWnd) : "–"));
        boolean heard = state.isSynchronized() || state == TcpState.SYN_RECEIVED
                || (state == TcpState.SYN_SENT && tcb.rcvNxt != 0) || tcb.rcvNxt != 0;
        vars.add(new Variable("IRS", heard ? Long.toString(tcb.irs) : "–"));
        vars.add(new Variable("RCV.NXT", heard ? Long.toString(tcb.rcvNxt) : "–"));
        vars.add(new Variable("RCV.WND", heard ? Long.toString(rcvWnd()) : Long.toString(tcb.config.receiveWindow())));
        vars.add(new Variable("RTO", units.fixed(rto.rto() / 1e9, 3) + " s"));
        if (rto.hasSample()) {
            vars.add(new Variable("SRTT", units.fixed(rto.srtt() / 1e6, 1) + " ms"));
            vars.add(new Variable("RTTVAR", units.fixed(rto.rttvar() / 1e6, 1) + " ms"));
        }
        return vars;
    }

    /** Passive OPEN (RFC 9293 §3.10.1): wait for a SYN. */
    public void listen() {
        requireState(TcpState.CLOSED, "listen");
        tcb.passiveOpen = true;
        tcb.setState(TcpState.LISTEN);
    }

    /** Active OPEN (RFC 9293 §3.10.1), also from LISTEN (§3.10.2): send a SYN and wait in SYN-SENT. */
    public void connect(int remotePort) {
        if (tcb.state != TcpState.LISTEN) {
            requireState(TcpState.CLOSED, "connect");
        }
        // SEND in LISTEN with a remote socket turns a passive open into an active one (§3.10.2).
        tcb.passiveOpen = false;
        tcb.remotePort = remotePort;
        tcb.sendFromIss();
        tcb.setState(TcpState.SYN_SENT);
        retransmission.sentSyn();
        writer.sendSyn();
        retransmission.armTimer();
    }

    /**
     * SEND (RFC 9293 §3.10.2): the data joins the send buffer and goes out as the windows allow,
     * in segments of at most the peer's MSS. Returns how many bytes the buffer took.
     */
    public int send(byte[] data) {
        TcpState state = tcb.state;
        boolean closeRequested = transmitter.closeRequested();
        if (!(state.isSynchronized() || state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED)
                || closeRequested) {
            throw new IllegalStateException("cannot send in " + state.displayName()
                    + (closeRequested ? " after close" : ""));
        }
        int room = sendBuffer.write(data);
        transmitter.transmitPending();
        return room;
    }

    /**
     * CLOSE (RFC 9293 §3.10.4): no more data from this side. The FIN follows the data already
     * queued; ESTABLISHED goes to FIN-WAIT-1, CLOSE-WAIT to LAST-ACK.
     */
    public void close() {
        switch (tcb.state) {
            case LISTEN, SYN_SENT -> {
                retransmission.stopTimer();
                retransmission.clear();
                tcb.setState(TcpState.CLOSED);
                return;
            }
            case SYN_RECEIVED, ESTABLISHED -> tcb.setState(TcpState.FIN_WAIT_1);
            case CLOSE_WAIT -> tcb.setState(TcpState.LAST_ACK);
            default -> throw new IllegalStateException("connection closing: close in " + tcb.state.displayName());
        }
        transmitter.requestClose();
        transmitter.transmitPending();
    }

    /** RECEIVE (RFC 9293 §3.10.3): the application takes up to {@code max} bytes. */
    public byte[] read(long max) {
        byte[] out = receiver.read(max);
        if (out.length > 0) {
            maybeSendWindowUpdate();
        }
        return out;
    }

    /** SEGMENT ARRIVES (RFC 9293 §3.10.7). */
    public void receive(TcpSegment seg) {
        arrivals.receive(seg);
    }

    // RFC 9293 §3.8.6.2.2: a read that reopens the window by enough is announced at once.
    private void maybeSendWindowUpdate() {
        if (!tcb.state.isSynchronized() || tcb.state == TcpState.TIME_WAIT) {
            return;
        }
        if (receiver.windowReopened()) {
            tcb.report(TcpEvent.Kind.WINDOW_UPDATE, tcb.rcvNxt, receiver.freeSpace());
            writer.sendAck();
        }
    }

    private void abort(TcpEvent.Kind why) {
        retransmission.stopTimer();
        transmitter.stopPersist();
        retransmission.clear();
        tcb.report(why, -1, 0);
        tcb.setState(TcpState.CLOSED);
    }

    private void requireState(TcpState expected, String call) {
        if (tcb.state != expected) {
            throw new IllegalStateException(call + " needs " + expected.displayName() + ", not "
                    + tcb.state.displayName());
        }
    }
}
