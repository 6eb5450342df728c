package org.wirewise.model.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.model.transport.TcpPair.ms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;

/**
 * Every arrow of RFC 9293's connection state diagram (§3.3.2, Figure 5), driven by real segments
 * between two endpoints 10 ms apart.
 */
class TcpStateDiagramTest {

    private final TcpPair pair = new TcpPair(ms(10));

    @Test
    void closedToListenToSynReceivedToEstablished() {
        pair.b.listen();
        assertThat(pair.b.state()).isEqualTo(TcpState.LISTEN);
        pair.a.connect(80);
        assertThat(pair.a.state()).isEqualTo(TcpState.SYN_SENT);
        pair.runFor(ms(10));
        assertThat(pair.b.state()).isEqualTo(TcpState.SYN_RECEIVED);
        pair.runFor(ms(10));
        assertThat(pair.a.state()).isEqualTo(TcpState.ESTABLISHED);
        pair.runFor(ms(10));
        assertThat(pair.b.state()).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void listenAndSynSentCloseStraightToClosed() {
        pair.b.listen();
        pair.b.close();
        assertThat(pair.b.state()).isEqualTo(TcpState.CLOSED);
        pair.a.connect(80);
        pair.a.close();
        assertThat(pair.a.state()).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void aSendFromListenTurnsThePassiveOpenActive() {
        pair.b.listen();
        pair.b.connect(40000); // §3.10.2: SEND in LISTEN with a remote socket
        assertThat(pair.b.state()).isEqualTo(TcpState.SYN_SENT);
        assertThat(pair.wire.get(0).segment().flags()).isEqualTo(TcpFlags.SYN);
    }

    @Test
    void closeInSynReceivedSendsFinAndEntersFinWait1() {
        pair.b.listen();
        pair.a.connect(80);
        pair.runFor(ms(10));
        assertThat(pair.b.state()).isEqualTo(TcpState.SYN_RECEIVED);
        pair.b.close();
        assertThat(pair.b.state()).isEqualTo(TcpState.FIN_WAIT_1);
        assertThat(last(pair.from("b")).has(TcpFlags.FIN)).isTrue();
    }

    @Test
    void clientClosesFirst_activeCloserWaitsInTimeWaitForTwoMsl() {
        pair.open();
        pair.a.close();
        assertThat(pair.a.state()).isEqualTo(TcpState.FIN_WAIT_1);
        pair.runFor(ms(10));
        assertThat(pair.b.state()).isEqualTo(TcpState.CLOSE_WAIT); // ESTABLISHED --rcv FIN--> CLOSE-WAIT
        pair.runFor(ms(10));
        assertThat(pair.a.state()).isEqualTo(TcpState.FIN_WAIT_2); // our FIN acknowledged
        pair.b.close();
        assertThat(pair.b.state()).isEqualTo(TcpState.LAST_ACK); // CLOSE-WAIT --close--> LAST-ACK
        pair.runFor(ms(10));
        assertThat(pair.a.state()).isEqualTo(TcpState.TIME_WAIT); // FIN-WAIT-2 --rcv FIN--> TIME-WAIT
        long enteredTimeWait = pair.sim.now();
        pair.runFor(ms(10));
        assertThat(pair.b.state()).isEqualTo(TcpState.CLOSED); // LAST-ACK --rcv ACK of FIN--> CLOSED
        pair.sim.runUntil(enteredTimeWait + 2 * TcpTuning.DEFAULTS.msl() - 1);
        assertThat(pair.a.state()).isEqualTo(TcpState.TIME_WAIT);
        pair.sim.runUntil(enteredTimeWait + 2 * TcpTuning.DEFAULTS.msl());
        assertThat(pair.a.state()).isEqualTo(TcpState.CLOSED); // 2 MSL later (§3.4.2)
    }

    @Test
    void simultaneousCloseGoesThroughClosingOnBothSides() {
        pair.open();
        pair.a.close();
        pair.b.close(); // both FINs cross (RFC 9293 §3.6, Figure 13)
        pair.runFor(ms(10));
        assertThat(pair.a.state()).isEqualTo(TcpState.CLOSING);
        assertThat(pair.b.state()).isEqualTo(TcpState.CLOSING);
        pair.runFor(ms(10));
        assertThat(pair.a.state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(pair.b.state()).isEqualTo(TcpState.TIME_WAIT);
    }

    @Test
    void aFinThatAlsoAcknowledgesOursGoesFromFinWait1StraightToTimeWait() {
        pair.open();
        pair.a.close();
        pair.drop.add(pair.wire.size() + 1); // b's pure ACK of a's FIN will be lost
        pair.runFor(ms(10)); // the FIN reaches b: CLOSE-WAIT
        // b closes at once: its FIN also acknowledges a's FIN, and it is the first a hears of it.
        pair.b.close();
        assertThat(pair.b.state()).isEqualTo(TcpState.LAST_ACK);
        TcpSegment finAck = last(pair.from("b"));
        assertThat(finAck.flags()).isEqualTo(TcpFlags.FIN | TcpFlags.ACK);
        assertThat(finAck.acknowledgmentNumber()).isEqualTo(pair.a.sndNxt());
        pair.runFor(ms(10));
        assertThat(pair.a.state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(pair.aEvents).noneMatch(e -> e.kind() == TcpEvent.Kind.STATE
                && e.value() == TcpState.FIN_WAIT_2.ordinal());
    }

    @Test
    void aSynToAClosedPortGetsAReset() {
        pair.a.connect(80); // b never listens
        pair.runFor(ms(20));
        TcpSegment rst = pair.from("b").get(0).segment();
        assertThat(rst.flags()).isEqualTo(TcpFlags.RST | TcpFlags.ACK);
        assertThat(rst.acknowledgmentNumber()).isEqualTo(1001);
        assertThat(pair.a.state()).isEqualTo(TcpState.CLOSED); // "connection refused"
        assertThat(pair.aEvents).anyMatch(e -> e.kind() == TcpEvent.Kind.RESET);
    }

    @Test
    void aRetransmittedFinInTimeWaitIsAcknowledgedAgainAndRestartsTheTimer() {
        pair.open();
        pair.a.close();
        pair.runFor(ms(10));
        pair.runFor(ms(10));
        pair.b.close();
        pair.drop.add(pair.wire.size() + 1); // a's ACK of b's FIN is lost
        pair.runFor(ms(10));
        assertThat(pair.a.state()).isEqualTo(TcpState.TIME_WAIT);
        long firstEntry = pair.a.activeTimers().get(0).armedAt();
        pair.runFor(ms(1500)); // b's RTO (1 s) resends its FIN
        assertThat(pair.b.state()).isEqualTo(TcpState.CLOSED);
        long finCount = pair.from("b").stream().filter(s -> s.segment().has(TcpFlags.FIN)).count();
        assertThat(finCount).isEqualTo(2);
        assertThat(pair.a.activeTimers()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("2MSL");
            assertThat(t.armedAt()).isGreaterThan(firstEntry);
        });
    }

    @Test
    void dataFlowsBothWaysAndArrivesInOrder() {
        pair.open();
        byte[] request = new byte[2500];
        for (int i = 0; i < request.length; i++) {
            request[i] = (byte) i;
        }
        pair.a.send(request);
        pair.runFor(ms(50));
        assertThat(pair.b.deliveredBytes()).isEqualTo(2500);
        byte[] joined = new byte[2500];
        int at = 0;
        for (byte[] chunk : pair.b.delivered()) {
            System.arraycopy(chunk, 0, joined, at, chunk.length);
            at += chunk.length;
        }
        assertThat(joined).isEqualTo(request);
        assertThat(pair.from("a").stream().filter(s -> s.segment().payload().length > 0)
                .map(s -> s.segment().payload().length)).containsExactly(1000, 1000, 500);
    }

    private static TcpSegment last(List<TcpPair.Sent> sent) {
        return sent.get(sent.size() - 1).segment();
    }
}
