package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.CapturedPacket;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Trace;

/**
 * The graphs' series on a small capture written by hand, whose answers are worked out below: a
 * client (captured at it, so its moments are the capture's) sends 3,000 bytes in three segments,
 * the second is lost and SACKed around, resent, and 500 more bytes follow after a pause. The
 * handshake's round trip is 10 ms, so every time in the trace is the captured one plus 5 ms.
 */
class CaptureGraphsTest {

    private static final long MS = 1_000_000L;
    private static final long ISN_C = 1000;
    private static final long ISN_S = 5000;

    private final List<CapturedPacket> packets = new ArrayList<>();

    private Trace replay(long intervalNanos) throws Exception {
        client(0, TcpFlags.SYN, ISN_C, 0, 0);
        server(10, TcpFlags.SYN | TcpFlags.ACK, ISN_C + 1);
        client(10.5, TcpFlags.ACK, ISN_C + 1, ISN_S + 1, 0);
        client(11, TcpFlags.ACK, ISN_C + 1, ISN_S + 1, 1000);     // frame 4: 1,000 in flight
        client(12, TcpFlags.ACK, ISN_C + 1001, ISN_S + 1, 1000);  // 2,000
        client(13, TcpFlags.ACK, ISN_C + 2001, ISN_S + 1, 1000);  // 3,000
        server(21, TcpFlags.ACK, ISN_C + 1001);                   // frame 7: ACKs frame 4 (10 ms): 2,000
        server(23, TcpFlags.ACK, ISN_C + 1001, ISN_C + 2001, ISN_C + 3001); // the third SACKed: 1,000
        client(24, TcpFlags.ACK, ISN_C + 1001, ISN_S + 1, 1000);  // the second resent: still 1,000
        server(34, TcpFlags.ACK, ISN_C + 3001);                   // frame 10: all of it, frame 6 + 21 ms: 0
        client(250, TcpFlags.ACK | TcpFlags.PSH, ISN_C + 3001, ISN_S + 1, 500); // 500
        server(260, TcpFlags.ACK, ISN_C + 3501);                  // frame 12: 0, 10 ms
        OpenedCapture opened = OpenedCapture.of(new Capture(LinkType.RAW, packets));
        return CaptureTrace.of(opened, opened.conversations().get(0), intervalNanos);
    }

    @Test
    void bytesInFlightRiseWithEachSegmentAndFallWithEachAckOrSack() throws Exception {
        LongSeries flight = replay(0).series(CaptureGraphs.inFlight(true)).orElseThrow();
        // At the client's moments (captured + 5 ms): the SYN carries no byte.
        assertThat(values(flight)).containsExactly(
                "5.0=0", "15.0=0", "15.5=0", "16.0=1000", "17.0=2000", "18.0=3000",
                "26.0=2000", "28.0=1000", "29.0=1000", "39.0=0", "255.0=500", "265.0=0");
        LongSeries server = replay(0).series(CaptureGraphs.inFlight(false)).orElseThrow();
        assertThat(server.size()).isPositive();
        for (int i = 0; i < server.size(); i++) {
            assertThat(server.get(i, 0)).as("the server sends no data").isZero();
        }
    }

    @Test
    void throughputCountsEachAcknowledgedByteOnceInItsInterval() throws Exception {
        // 260 ms of conversation: 10 ms intervals are the longest that give 20 of them.
        LongSeries tenMs = replay(0).series(CaptureGraphs.throughput(true)).orElseThrow();
        assertThat(tenMs.get(0, 1)).isEqualTo(10 * MS);
        assertThat(tenMs.get(tenMs.rowAt(20 * MS), 0)).isEqualTo(1000);  // frame 7 reaches it at 26 ms
        assertThat(tenMs.get(tenMs.rowAt(30 * MS), 0)).isEqualTo(2000);  // frame 10 at 39 ms: the resent one once
        assertThat(tenMs.get(tenMs.rowAt(150 * MS), 0)).isZero();        // the pause
        assertThat(tenMs.get(tenMs.rowAt(260 * MS), 0)).isEqualTo(500);
        long total = 0;
        for (int i = 0; i < tenMs.size(); i++) {
            total += tenMs.get(i, 0);
        }
        assertThat(total).isEqualTo(3500);

        LongSeries tenthOfASecond = replay(100 * MS).series(CaptureGraphs.throughput(true)).orElseThrow();
        assertThat(values(tenthOfASecond)).containsExactly("0.0=3000", "100.0=0", "200.0=500");
    }

    @Test
    void eachAckedSegmentsRoundTripIsTakenWhenItsAckReachesTheSender() throws Exception {
        LongSeries rtt = replay(0).series(CaptureGraphs.rtt(true)).orElseThrow();
        // The SYN-ACK times the SYN; the resent segment's ACK times frame 6, the first to end there.
        assertThat(values(rtt)).containsExactly("15.0=" + 10 * MS, "26.0=" + 10 * MS, "39.0=" + 21 * MS,
                "265.0=" + 10 * MS);
    }

    @Test
    void anIntervalIsChosenForTheConversationsLength() {
        assertThat(CaptureGraphs.interval(0, 300 * 1_000_000_000L)).isEqualTo(1_000_000_000L);
        assertThat(CaptureGraphs.interval(0, 5 * 1_000_000_000L)).isEqualTo(100 * MS);
        assertThat(CaptureGraphs.interval(0, 100_000L)).isEqualTo(MS);
        assertThat(CaptureGraphs.interval(250 * MS, 100_000L)).isEqualTo(250 * MS);
    }

    /** "time in ms=value" per row. */
    private static List<String> values(LongSeries s) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            rows.add(s.time(i) / 1e6 + "=" + s.get(i, 0));
        }
        return rows;
    }

    private void client(double ms, int flags, long seq, long ack, int length) throws Exception {
        add(ms, "10.0.0.1", "10.0.0.2", 40000, 80, seq, ack, flags, length, List.of());
    }

    /** A segment of the server's without data acknowledging {@code ack}, with SACK blocks as pairs of edges. */
    private void server(double ms, int flags, long ack, long... sack) throws Exception {
        List<TcpOption> options = new ArrayList<>();
        if (sack.length > 0) {
            options.add(new TcpOption.Nop());
            options.add(new TcpOption.Nop());
            options.add(new TcpOption.Sack(List.of(new SackBlock(sack[0], sack[1]))));
        }
        add(ms, "10.0.0.2", "10.0.0.1", 80, 40000, (flags & TcpFlags.SYN) != 0 ? ISN_S : ISN_S + 1, ack, flags, 0,
                options);
    }

    private void add(double ms, String from, String to, int sport, int dport, long seq, long ack, int flags,
                     int length, List<TcpOption> options) throws Exception {
        Inet4Address src = (Inet4Address) InetAddress.getByName(from);
        Inet4Address dst = (Inet4Address) InetAddress.getByName(to);
        byte[] tcp = new TcpSegment(sport, dport, seq, ack, flags, 65535, 0, options, new byte[length]).encode(src, dst);
        byte[] ip = new Ipv4Packet(0, packets.size(), true, 64, 6, src, dst, tcp).encode();
        packets.add(CapturedPacket.of(1_700_000_000_000_000_000L + Math.round(ms * MS), ip));
    }
}
