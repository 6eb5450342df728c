package org.wirewise.model.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;

/** RFC 9293 §3.10.7 event processing for the states the handshake reaches. */
class TcpEndpointTest {

    private static final TcpConfig CONFIG = new TcpConfig(1460, true, 7, true, true, 64240);
    private final List<TcpSegment> aOut = new ArrayList<>();
    private final List<TcpSegment> bOut = new ArrayList<>();
    private long clock;

    private TcpEndpoint endpoint(int port, long iss, List<TcpSegment> out) {
        return new TcpEndpoint(CONFIG, port, iss, 1000, () -> clock, out::add);
    }

    private static TcpSegment seg(int flags, long seq, long ack, byte[] payload) {
        return new TcpSegment(5000, 80, seq, ack, flags, 1000, 0, List.of(), payload);
    }

    @Test
    void aSegmentToAClosedPortIsAnsweredWithReset() {
        TcpEndpoint closed = endpoint(80, 1, aOut);
        closed.receive(seg(TcpFlags.SYN, 100, 0, new byte[0]));
        // RFC 9293 §3.10.7.1: no ACK in the incoming segment → <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
        assertThat(aOut).singleElement().satisfies(rst -> {
            assertThat(rst.flags()).isEqualTo(TcpFlags.RST | TcpFlags.ACK);
            assertThat(rst.sequenceNumber()).isZero();
            assertThat(rst.acknowledgmentNumber()).isEqualTo(101);
        });
        assertThat(closed.state()).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void anAckToAListeningPortIsAnsweredWithResetAtItsAckNumber() {
        TcpEndpoint listener = endpoint(80, 1, aOut);
        listener.listen();
        listener.receive(seg(TcpFlags.ACK, 100, 777, new byte[0]));
        assertThat(aOut).singleElement().satisfies(rst -> {
            assertThat(rst.flags()).isEqualTo(TcpFlags.RST);
            assertThat(rst.sequenceNumber()).isEqualTo(777); // <SEQ=SEG.ACK><CTL=RST> (§3.10.7.2)
        });
        assertThat(listener.state()).isEqualTo(TcpState.LISTEN);
    }

    @Test
    void simultaneousOpenGoesThroughSynReceivedOnBothSides() {
        TcpEndpoint a = endpoint(5000, 100, aOut);
        TcpEndpoint b = endpoint(80, 300, bOut);
        a.connect(80);
        b.connect(5000);
        // The two SYNs cross (RFC 9293 §3.5, Figure 7).
        a.receive(bOut.get(0));
        b.receive(aOut.get(0));
        assertThat(a.state()).isEqualTo(TcpState.SYN_RECEIVED);
        assertThat(b.state()).isEqualTo(TcpState.SYN_RECEIVED);
        assertThat(aOut.get(1).flags()).isEqualTo(TcpFlags.SYN | TcpFlags.ACK);
        assertThat(aOut.get(1).acknowledgmentNumber()).isEqualTo(301);
        a.receive(bOut.get(1));
        b.receive(aOut.get(1));
        assertThat(a.state()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(b.state()).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void synSentRejectsAnAckForSomethingItNeverSent() {
        TcpEndpoint a = endpoint(5000, 100, aOut);
        a.connect(80);
        a.receive(seg(TcpFlags.SYN | TcpFlags.ACK, 900, 5555, new byte[0]));
        // SEG.ACK > SND.NXT: send <SEQ=SEG.ACK><CTL=RST> and stay in SYN-SENT (§3.10.7.3).
        assertThat(aOut.get(1).flags()).isEqualTo(TcpFlags.RST);
        assertThat(aOut.get(1).sequenceNumber()).isEqualTo(5555);
        assertThat(a.state()).isEqualTo(TcpState.SYN_SENT);
    }

    @Test
    void anAcceptableResetInSynSentClosesTheConnection() {
        TcpEndpoint a = endpoint(5000, 100, aOut);
        a.connect(80);
        a.receive(seg(TcpFlags.RST | TcpFlags.ACK, 0, 101, new byte[0]));
        assertThat(a.state()).isEqualTo(TcpState.CLOSED); // "connection refused"
    }

    @Test
    void outOfWindowDataIsAnsweredWithAnAckAndNotDelivered() {
        TcpEndpoint a = endpoint(5000, 100, aOut);
        TcpEndpoint b = endpoint(80, 300, bOut);
        b.listen();
        a.connect(80);
        b.receive(aOut.get(0));
        a.receive(bOut.get(0));
        b.receive(aOut.get(1));
        assertThat(b.state()).isEqualTo(TcpState.ESTABLISHED);
        int before = bOut.size();
        b.receive(seg(TcpFlags.ACK | TcpFlags.PSH, 101 + 100_000, 301, new byte[] {1, 2, 3}));
        assertThat(b.delivered()).isEmpty();
        assertThat(bOut).hasSize(before + 1);
        assertThat(bOut.get(before).acknowledgmentNumber()).isEqualTo(101); // still expects byte 101
    }

    @Test
    void anOldDuplicateSynIsResetAndTheServerListensAgain() {
        // RFC 9293 §3.5, Figure 8: B answers an old SYN, A's reset sends B back to LISTEN.
        TcpEndpoint b = endpoint(80, 300, bOut);
        b.listen();
        b.receive(seg(TcpFlags.SYN, 90, 0, new byte[0]));
        assertThat(b.state()).isEqualTo(TcpState.SYN_RECEIVED);
        b.receive(seg(TcpFlags.RST, 91, 0, new byte[0]));
        assertThat(b.state()).isEqualTo(TcpState.LISTEN);
    }

    @Test
    void theClientAnswersASynAckForAConnectionItNeverOpenedWithAReset() {
        // The other half of Figure 8: A is in SYN-SENT for ISS 100; B acknowledges 91.
        TcpEndpoint a = endpoint(5000, 100, aOut);
        a.connect(80);
        a.receive(seg(TcpFlags.SYN | TcpFlags.ACK, 300, 91, new byte[0]));
        assertThat(aOut.get(1).flags()).isEqualTo(TcpFlags.RST);
        assertThat(aOut.get(1).sequenceNumber()).isEqualTo(91);
        assertThat(a.state()).isEqualTo(TcpState.SYN_SENT);
    }

    @Test
    void sequenceArithmeticWrapsAroundTwoToTheThirtyTwo() {
        assertThat(SequenceNumbers.add(0xFFFF_FFFFL, 2)).isEqualTo(1);
        assertThat(SequenceNumbers.lessThan(0xFFFF_FFF0L, 5)).isTrue();
        assertThat(SequenceNumbers.lessThan(5, 0xFFFF_FFF0L)).isFalse();
        assertThat(SequenceNumbers.distance(0xFFFF_FFFEL, 3)).isEqualTo(5);
    }

    @Test
    void aLargeAnnouncedShiftIsTreatedAsFourteen() {
        TcpEndpoint b = endpoint(80, 300, bOut);
        b.listen();
        b.receive(new TcpSegment(5000, 80, 100, 0, TcpFlags.SYN, 65535, 0,
                List.of(new TcpOption.Mss(1460), new TcpOption.WindowScale(20)), new byte[0]));
        assertThat(b.sendShift()).isEqualTo(14); // RFC 7323 §2.3
    }
}
