package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.transport.SequenceGraph;

/**
 * arkime_wireshark-retrans repeats its SYN three times and its SYN-ACK twice (frames captured
 * twice), and sends a SYN again after the data has started. The repeated SYN is not the SYN-ACK
 * (so the capture is read as taken near the client, whose SYN-ACK comes a round trip after its
 * SYN), and a repeated SYN or SYN-ACK does not take an established endpoint back to the handshake.
 */
class RepeatedHandshakeTest {

    private final Trace trace = replay();

    private static Trace replay() {
        try {
            OpenedCapture opened = OpenedCapture.of(TestCaptures.read(TestCaptures.RETRANSMISSIONS));
            return CaptureTrace.of(opened, opened.conversations().get(0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCaptureIsReadAsTakenNearTheClient() {
        assertThat(trace.step(0).narration()).contains("taken near the client");
        // Near the client: its segments leave when captured, so the first (the SYN) leaves at the trace's start
        // plus the one-way delay, and the server's SYN-ACK arrives a round trip after the SYN, at its capture.
        TracePacket syn = trace.packets().get(0);
        TracePacket synAck = trace.packets().get(3);
        assertThat(synAck.arrivesAt() - syn.sentAt()).isEqualTo(2_920_000L);
    }

    @Test
    void noEndpointGoesBackToTheHandshakeOnceItHasSentData() {
        boolean dataSent = false;
        for (Step s : trace.steps()) {
            if (dataSent) {
                assertThat(s.snapshot().nodes()).extracting(NodeState::state)
                        .as("step %s: %s", s.title(), s.narration())
                        .doesNotContain("SYN-SENT", "SYN-RECEIVED");
            }
            dataSent |= s.packetId() >= 0 && trace.packets().get(s.packetId()).label().contains("len=198");
        }
        assertThat(dataSent).isTrue();
    }

    @Test
    void theClientsFirstDataLeavesUnderTheWindowTheSynAckOffered() {
        SequenceGraph graph = SequenceGraph.of(trace).orElseThrow();
        SequenceGraph.Segment firstData = graph.segments().stream().filter(s -> s.payload() > 0).findFirst()
                .orElseThrow();
        List<SequenceGraph.Ack> before = graph.acks().stream().filter(a -> a.time() <= firstData.time()).toList();
        // The receive-window line starts at the first ACK the client has: it is there when the data is.
        assertThat(before).isNotEmpty();
        assertThat(before.get(before.size() - 1).windowEdge()).isGreaterThanOrEqualTo(firstData.end());
    }
}
