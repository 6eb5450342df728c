package org.wirewise.model.transport;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The connection's state variables of RFC 9293 §3.3.1 (the TCB), shared by the parts of one
 * {@link TcpEndpoint}: the state, the send and receive sequence variables, and the clock and
 * listener every part reports through. Fields are plain so the RFC's arithmetic reads as written.
 */
final class TransmissionControlBlock {

    final TcpConfig config;
    final TcpTuning tuning;
    final long iss;
    final TcpTimers timers;
    private final LongSupplier clockNanos;
    private Consumer<TcpEvent> listener = e -> { };
    private final java.util.List<Consumer<TcpEvent>> observers = new java.util.ArrayList<>();

    int remotePort;
    boolean passiveOpen;
    TcpState state = TcpState.CLOSED;
    long irs;
    long sndUna;
    long sndNxt;
    long sndWnd;
    long sndWl1;
    long sndWl2;
    long maxSndWnd;
    long rcvNxt;

    TransmissionControlBlock(TcpConfig config, TcpTuning tuning, long iss, LongSupplier clockNanos, TcpTimers timers) {
        this.config = Objects.requireNonNull(config);
        this.tuning = Objects.requireNonNull(tuning);
        this.iss = iss & 0xFFFF_FFFFL;
        this.clockNanos = Objects.requireNonNull(clockNanos);
        this.timers = Objects.requireNonNull(timers);
    }

    void setListener(Consumer<TcpEvent> listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Another listener beside the lesson's: the socket's application callbacks. */
    void observe(Consumer<TcpEvent> observer) {
        observers.add(Objects.requireNonNull(observer));
    }

    void report(TcpEvent.Kind kind, long seq, long value) {
        TcpEvent e = new TcpEvent(kind, seq, value);
        listener.accept(e);
        for (Consumer<TcpEvent> o : observers) {
            o.accept(e);
        }
    }

    void setState(TcpState next) {
        if (next != state) {
            state = next;
            report(TcpEvent.Kind.STATE, -1, next.ordinal());
        }
    }

    /** Our SYN takes the first sequence number: SND.UNA = ISS, SND.NXT = ISS + 1 (RFC 9293 §3.3.1). */
    void sendFromIss() {
        sndUna = iss;
        sndNxt = SequenceNumbers.add(iss, 1);
    }

    /** The peer's window as it stands after a segment that passed the SND.WL1 / SND.WL2 test. */
    void updateSendWindow(long window, long seq, long ack) {
        sndWnd = window;
        maxSndWnd = Math.max(maxSndWnd, sndWnd);
        sndWl1 = seq;
        sndWl2 = ack;
    }

    long now() {
        return clockNanos.getAsLong();
    }
}
