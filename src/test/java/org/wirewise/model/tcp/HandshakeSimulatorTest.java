package org.wirewise.model.tcp;

import org.wirewise.model.transport.SequenceNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/** The handshake lesson's trace against RFC 9293 §3.5 and what Linux puts on the wire. */
class HandshakeSimulatorTest {

    private static final HandshakeScenario DEFAULTS = HandshakeScenario.DEFAULTS;

    private static TcpSegment segment(TracePacket p) {
        EthernetFrame eth = EthernetFrame.decode(p.frame());
        Ipv4Packet ip = Ipv4Packet.decode(eth.payload(), 0, eth.payload().length);
        return TcpSegment.decode(ip.payload(), 0, ip.payload().length);
    }

    private static List<String> states(Trace trace, String lane) {
        return trace.steps().stream().map(s -> s.snapshot().node(lane).orElseThrow().state()).toList();
    }

    @Test
    void statesFollowTheThreeWayHandshakeOfRfc9293Section3_5() {
        Trace trace = HandshakeSimulator.simulate(DEFAULTS);
        assertThat(trace.steps()).extracting(Step::title).containsExactly(
                "The server listens",
                "The client sends SYN",
                "SYN arrives; the server answers SYN-ACK",
                "SYN-ACK arrives; the client is ESTABLISHED",
                "The client sends its request",
                "The ACK arrives; the server is ESTABLISHED",
                "The first data byte arrives: 1.5 RTT",
                "The client's request is acknowledged");
        assertThat(states(trace, "client")).containsExactly("CLOSED", "SYN-SENT", "SYN-SENT", "ESTABLISHED",
                "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED");
        assertThat(states(trace, "server")).containsExactly("LISTEN", "LISTEN", "SYN-RECEIVED", "SYN-RECEIVED",
                "SYN-RECEIVED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED");
        assertThat(trace.steps()).allSatisfy(s -> assertThat(s.narration()).isNotBlank());
        assertThat(trace.steps().subList(1, 8)).allSatisfy(s -> assertThat(s.references())
                .anyMatch(r -> r.startsWith("RFC 9293 §3.")));
    }

    @Test
    void sequenceAndAcknowledgmentNumbersInterlock() {
        Trace trace = HandshakeSimulator.simulate(DEFAULTS);
        List<TcpSegment> segs = trace.packets().stream().map(HandshakeSimulatorTest::segment).toList();
        assertThat(segs).hasSize(5);
        TcpSegment syn = segs.get(0);
        TcpSegment synAck = segs.get(1);
        TcpSegment ack = segs.get(2);
        TcpSegment data = segs.get(3);
        TcpSegment dataAck = segs.get(4);
        assertThat(syn.flags()).isEqualTo(TcpFlags.SYN);
        assertThat(synAck.flags()).isEqualTo(TcpFlags.SYN | TcpFlags.ACK);
        assertThat(synAck.acknowledgmentNumber()).isEqualTo(SequenceNumbers.add(syn.sequenceNumber(), 1));
        assertThat(ack.flags()).isEqualTo(TcpFlags.ACK);
        assertThat(ack.sequenceNumber()).isEqualTo(SequenceNumbers.add(syn.sequenceNumber(), 1));
        assertThat(ack.acknowledgmentNumber()).isEqualTo(SequenceNumbers.add(synAck.sequenceNumber(), 1));
        assertThat(data.flags()).isEqualTo(TcpFlags.PSH | TcpFlags.ACK);
        assertThat(data.sequenceNumber()).isEqualTo(ack.sequenceNumber());
        assertThat(new String(data.payload(), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("GET / HTTP/1.1");
        assertThat(dataAck.acknowledgmentNumber())
                .isEqualTo(SequenceNumbers.add(data.sequenceNumber(), data.payload().length));
        assertThat(syn.destinationPort()).isEqualTo(80);
        assertThat(syn.sourcePort()).isBetween(32768, 60999); // Linux's ephemeral range
    }

    @Test
    void synCarriesLinuxDefaultOptionsInLinuxOrder() {
        TcpSegment syn = segment(HandshakeSimulator.simulate(DEFAULTS).packets().get(0));
        // Linux: mss 1460, sackOK, TS val/ecr, nop, wscale 7 (net/ipv4/tcp_output.c).
        assertThat(syn.options()).hasSize(5);
        assertThat(syn.options().get(0)).isEqualTo(new TcpOption.Mss(1460));
        assertThat(syn.options().get(1)).isInstanceOf(TcpOption.SackPermitted.class);
        assertThat(syn.options().get(2)).isInstanceOfSatisfying(TcpOption.Timestamps.class,
                ts -> assertThat(ts.tsEcr()).isZero());
        assertThat(syn.options().get(3)).isInstanceOf(TcpOption.Nop.class);
        assertThat(syn.options().get(4)).isEqualTo(new TcpOption.WindowScale(7));
        assertThat(syn.headerLength()).isEqualTo(40);
        assertThat(syn.window()).isEqualTo(64240); // never scaled in a SYN (RFC 7323 §2.2)
    }

    @Test
    void optionsAreUsedOnlyWhenBothSynsCarryThem() {
        HandshakeScenario plain = new HandshakeScenario(80, 100, 1, 1460, false, 7, false, false);
        Trace trace = HandshakeSimulator.simulate(plain);
        TcpSegment syn = segment(trace.packets().get(0));
        TcpSegment synAck = segment(trace.packets().get(1));
        TcpSegment ack = segment(trace.packets().get(2));
        assertThat(syn.options()).containsExactly(new TcpOption.Mss(1460));
        assertThat(synAck.options()).containsExactly(new TcpOption.Mss(1460));
        assertThat(ack.options()).isEmpty();
        assertThat(ack.window()).isEqualTo(64240); // no scaling: the window is in bytes
    }

    @Test
    void windowFieldsAreScaledOnceScalingIsAgreed() {
        Trace trace = HandshakeSimulator.simulate(DEFAULTS);
        TcpSegment ack = segment(trace.packets().get(2));
        assertThat(ack.window()).isEqualTo(64240 >> 7);
        Step serverEstablished = trace.step(5);
        assertThat(serverEstablished.snapshot().node("server").orElseThrow().variable("SND.WND"))
                .isEqualTo(Long.toString((64240L >> 7) << 7));
    }

    @Test
    void withTimestampsTheSynAckEchoesTheClientsTsval() {
        Trace trace = HandshakeSimulator.simulate(DEFAULTS);
        TcpOption.Timestamps synTs = timestamps(segment(trace.packets().get(0)));
        TcpOption.Timestamps synAckTs = timestamps(segment(trace.packets().get(1)));
        assertThat(synAckTs.tsEcr()).isEqualTo(synTs.tsVal()); // RFC 7323 §3.2
        // The client's clock ticks once a millisecond: its ACK is sent one RTT (80 ms) later.
        assertThat(timestamps(segment(trace.packets().get(2))).tsVal() - synTs.tsVal()).isEqualTo(80);
    }

    private static TcpOption.Timestamps timestamps(TcpSegment s) {
        return s.options().stream().filter(TcpOption.Timestamps.class::isInstance)
                .map(TcpOption.Timestamps.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theFirstDataByteArrivesOneAndAHalfRoundTripsAfterConnect() {
        for (double rtt : new double[] {1, 80, 250}) {
            // At 1 ms the 28 µs of serialization shows: 1.53 RTT. At 80 ms it is 1.50.
            Trace trace = HandshakeSimulator.simulate(new HandshakeScenario(rtt, 100, 3, 1460, true, 7, true, true));
            Step firstByte = trace.step(6);
            Measurement m = firstByte.snapshot().measurements().get(0);
            double rttNanos = SimTime.millis(rtt);
            // 1.5 RTT of propagation plus a few microseconds of serialization at 100 Mb/s.
            assertThat(m.duration()).isBetween((long) (1.5 * rttNanos), (long) (1.5 * rttNanos) + 40_000);
            assertThat(m.label()).startsWith(String.format(java.util.Locale.ROOT, "%.2f RTT", m.duration() / rttNanos));
            assertThat(firstByte.time()).isEqualTo(m.to());
        }
        assertThat(HandshakeSimulator.simulate(DEFAULTS).step(6).snapshot().measurements().get(0).label())
                .startsWith("1.50 RTT to the first data byte");
    }

    @Test
    void theSynArrivesAfterHalfTheRttPlusItsSerialization() {
        Trace trace = HandshakeSimulator.simulate(DEFAULTS);
        TracePacket syn = trace.packets().get(0);
        assertThat(syn.sentAt()).isZero();
        assertThat(syn.length()).isEqualTo(74); // 14 Ethernet + 20 IPv4 + 40 TCP
        assertThat(syn.arrivesAt()).isEqualTo(SimTime.millis(40) + SimTime.serialization(74, 100_000_000));
        assertThat(trace.step(2).time()).isEqualTo(syn.arrivesAt());
    }

    @Test
    void sameSeedGivesTheSameTraceAndAnotherSeedOtherIsns() {
        Trace a = HandshakeSimulator.simulate(DEFAULTS);
        Trace b = HandshakeSimulator.simulate(DEFAULTS);
        Trace c = HandshakeSimulator.simulate(new HandshakeScenario(80, 100, 2, 1460, true, 7, true, true));
        assertThat(a).isEqualTo(b);
        assertThat(segment(c.packets().get(0)).sequenceNumber()).isNotEqualTo(segment(a.packets().get(0)).sequenceNumber());
    }

    @Test
    void mssParameterIsAnnouncedAndLimitsTheWindowRounding() {
        Trace trace = HandshakeSimulator.simulate(new HandshakeScenario(80, 100, 1, 536, true, 7, true, true));
        TcpSegment syn = segment(trace.packets().get(0));
        assertThat(syn.options().get(0)).isEqualTo(new TcpOption.Mss(536));
        assertThat(syn.window()).isEqualTo((65535 / 536) * 536);
    }

    @Test
    void theSynAckOffersLinuxsWindowOf45SegmentsOfTheMssLessTimestamps() {
        Trace withTimestamps = HandshakeSimulator.simulate(HandshakeScenario.DEFAULTS);
        assertThat(withTimestamps.packets().get(0).label()).contains("win=64240"); // 44 × 1460
        assertThat(withTimestamps.packets().get(1).label()).contains("win=65160"); // 45 × (1460 − 12)
        Trace without = HandshakeSimulator.simulate(new HandshakeScenario(80, 100, 1, 1460, true, 7, true, false));
        assertThat(without.packets().get(1).label()).contains("win=64240");
    }
}
