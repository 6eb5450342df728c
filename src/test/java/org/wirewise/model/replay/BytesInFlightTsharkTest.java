package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.model.tcp.FlowControlScenario;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.tcp.HeadOfLineScenario;
import org.wirewise.model.tcp.HeadOfLineSimulator;
import org.wirewise.model.tcp.LifecycleScenario;
import org.wirewise.model.tcp.LifecycleSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

/**
 * Bytes in flight compared with tshark's {@code tcp.analysis.bytes_in_flight}, frame by frame on
 * every data segment (the only frames tshark gives it on). Where Wirewise disagrees on purpose,
 * the frame is listed here with both values and the reason, so a change on either side fails:
 * <ul>
 *   <li>DSACK: a SACK block below the cumulative ACK reports a duplicate (RFC 2883), not data still
 *   out. tshark subtracts it anyway; Wirewise does not.</li>
 *   <li>ALREADY_ACKED: a retransmission of data the receiver has acknowledged cumulatively is not
 *   in flight (SND.UNA is past it). tshark counts it, as it counts any segment it has not seen
 *   acknowledged since it was sent.</li>
 *   <li>KEEPALIVE: a keep-alive resends one byte the receiver already acknowledged. tshark counts it;
 *   Wirewise does not.</li>
 *   <li>RECEIVER_SIDE: captured at the receiver, tshark counts what arrived and is not yet ACKed
 *   there (and nothing on the segment after one the network lost, then leaves the missing bytes
 *   out); Wirewise moves each segment back and each ACK forward by half the round trip, to the
 *   sender's moment, and counts what the sender has out: what tshark shows on the sender's own
 *   capture of the same segment.</li>
 * </ul>
 */
class BytesInFlightTsharkTest {

    /** One full-sized segment of the lessons (Linux's 1448-byte MSS with timestamps). */
    private static final long TOLERANCE = 1448;

    @TempDir
    Path dir;

    /** Wirewise's value, tshark's ("" for none), why they differ. */
    private record Difference(String ours, String tshark, String why) {
    }

    private static Map<Integer, Difference> differences(Object... rows) {
        Map<Integer, Difference> map = new TreeMap<>();
        for (int i = 0; i < rows.length; i += 4) {
            map.put((Integer) rows[i], new Difference((String) rows[i + 1], (String) rows[i + 2], (String) rows[i + 3]));
        }
        return map;
    }

    @Test
    void aCaptureAtTheSenderHasTsharksBytesInFlight() throws Exception {
        assertAgainstTshark(TestCaptures.DIR.resolve(TestCaptures.NDPI_HTTP_PCAPNG), Map.of());
    }

    @Test
    void theServersDataReadFromTheClientsSideIsMovedToTheServersMoments() throws Exception {
        assertAgainstTshark(TestCaptures.DIR.resolve(TestCaptures.HTTP_SIMPLE_GET), differences(
                9, "4344", "1448", "RECEIVER_SIDE",
                11, "5237", "893", "RECEIVER_SIDE"));
        assertAgainstTshark(TestCaptures.DIR.resolve(TestCaptures.TLS13), differences(
                17, "265", "26", "RECEIVER_SIDE"));
    }

    @Test
    void aBareFinCarriesNoByteInFlight() throws Exception {
        Path pcap = TestCaptures.DIR.resolve(TestCaptures.HTTP_SIMPLE_GET);
        assumeTrue(Tshark.available(), Tshark.MISSING);
        // tshark 4.0 gives bytes in flight on segments with data only: nothing on a FIN without data.
        List<String[]> fins = Tshark.matching(pcap, "tcp.flags.fin == 1 && tcp.len == 0", "frame.number",
                "tcp.analysis.bytes_in_flight");
        assertThat(fins).extracting(r -> r[0]).containsExactly("12", "15");
        assertThat(fins).extracting(r -> r[1]).containsOnly("");
        // Wirewise: a FIN occupies a sequence number but adds no byte to what is in flight.
        OpenedCapture opened = OpenedCapture.of(PcapReader.read(pcap));
        Conversation c = opened.conversations().get(0);
        Trace trace = CaptureTrace.of(opened, c);
        long[] sent = trace.packets().stream().mapToLong(TracePacket::sentAt).toArray();
        long[] arrives = trace.packets().stream().mapToLong(TracePacket::arrivesAt).toArray();
        int fin = 0;
        for (boolean fromA : new boolean[] {true, false}) {
            List<BytesInFlight.Sample> samples = BytesInFlight.of(c, fromA, sent, arrives);
            for (int i = 1; i < samples.size(); i++) {
                Frame f = c.frames().get(samples.get(i).index());
                if (c.fromA(f) == fromA && f.tcp().has(TcpHeader.FIN) && f.payloadLength() == 0) {
                    assertThat(samples.get(i).bytes()).as("after the FIN of frame %d", f.number())
                            .isEqualTo(samples.get(i - 1).bytes());
                    fin++;
                }
            }
        }
        assertThat(fin).as("FINs checked").isEqualTo(2);
    }

    @Test
    void dataResentAfterItsAckIsNotInFlight() throws Exception {
        assertAgainstTshark(TestCaptures.DIR.resolve(TestCaptures.RETRANSMISSIONS), differences(
                47, "", "1121", "ALREADY_ACKED",
                48, "", "1121", "ALREADY_ACKED",
                49, "", "144", "ALREADY_ACKED",
                50, "", "144", "ALREADY_ACKED"));
    }

    @Test
    void aKeepAliveAndADuplicateSackAreNotInFlight() throws Exception {
        assertAgainstTshark(TestCaptures.DIR.resolve(TestCaptures.WEBSOCKET), differences(
                12, "", "1", "KEEPALIVE",
                14, "21", "20", "DSACK",
                18, "", "1", "KEEPALIVE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lifecycle with a loss", "head-of-line", "flow control"})
    void eachLanesCaptureShowsWhatTheSendersCaptureShows(String lesson) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace trace = switch (lesson) {
            case "lifecycle with a loss" -> lifecycleDropping("7");
            case "head-of-line" -> HeadOfLineSimulator.simulate(HeadOfLineScenario.DEFAULTS);
            default -> FlowControlSimulator.simulate(FlowControlScenario.DEFAULTS);
        };
        Path client = Tshark.export(trace, "client", dir);
        Path server = Tshark.export(trace, "server", dir);
        Map<String, String> atClient = bySegment(client, theirs(client));
        Map<String, String> atServer = bySegment(server, theirs(server));
        String clientPort = Tshark.matching(client, "tcp.flags.syn == 1 && tcp.flags.ack == 0", "tcp.srcport").get(0)[0];
        int receiverSide = 0;
        for (Path capture : List.of(client, server)) {
            Map<String, String> ours = bySegment(capture, ours(capture));
            Map<String, String> tsharkHere = capture == client ? atClient : atServer;
            for (String segment : ours.keySet()) {
                boolean clientSent = segment.startsWith(clientPort + " ");
                String atSender = (clientSent ? atClient : atServer).get(segment);
                if ((capture == client) == clientSent) {
                    assertThat(ours.get(segment)).as(lesson + ": " + segment + " on its sender's capture")
                            .isEqualTo(tsharkHere.get(segment));
                } else {
                    // RECEIVER_SIDE: the value tshark gives the segment on the sender's own capture, give or
                    // take the ACKs whose moment at the sender half the handshake's round trip misplaces.
                    receiverSide += ours.get(segment).equals(tsharkHere.get(segment)) ? 0 : 1;
                    assertThat(Math.abs(bytes(ours.get(segment)) - bytes(atSender)))
                            .as(lesson + ": " + segment + " read at its receiver, against its sender's capture")
                            .isLessThanOrEqualTo(TOLERANCE);
                }
            }
        }
        assertThat(receiverSide).as("segments read at the receiver, where tshark counts what the receiver holds unacknowledged")
                .isPositive();
    }

    private static long bytes(String value) {
        return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
    }

    private static Trace lifecycleDropping(String drop) {
        LifecycleScenario d = LifecycleScenario.DEFAULTS;
        return LifecycleSimulator.simulate(new LifecycleScenario(d.rttMs(), d.bandwidthMbps(), d.seed(),
                d.closer(), d.mslSeconds(), d.responseBytes(), true, drop));
    }

    private static void assertAgainstTshark(Path pcap, Map<Integer, Difference> expected) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Map<Integer, String> theirs = theirs(pcap);
        Map<Integer, String> ours = ours(pcap);
        assertThat(theirs).as("data segments tshark reads").isNotEmpty();
        assertThat(ours.keySet()).as("the data segments").isEqualTo(theirs.keySet());
        StringBuilder seen = new StringBuilder();
        for (Map.Entry<Integer, String> e : theirs.entrySet()) {
            String mine = ours.get(e.getKey());
            if (!mine.equals(e.getValue())) {
                Difference d = expected.get(e.getKey());
                seen.append(String.format("%d, \"%s\", \"%s\", \"%s\",%n", e.getKey(), mine, e.getValue(),
                        d == null ? "?" : d.why()));
            }
        }
        StringBuilder wanted = new StringBuilder();
        expected.forEach((frame, d) -> wanted.append(String.format("%d, \"%s\", \"%s\", \"%s\",%n", frame,
                d.ours(), d.tshark(), d.why())));
        assertThat(seen.toString()).as("frames where Wirewise and tshark differ, " + pcap.getFileName())
                .isEqualTo(wanted.toString());
    }

    private static Map<Integer, String> theirs(Path pcap) throws Exception {
        Map<Integer, String> theirs = new TreeMap<>();
        for (String[] row : Tshark.matching(pcap, "tcp.len > 0", "frame.number", "tcp.analysis.bytes_in_flight")) {
            theirs.put(Integer.parseInt(row[0]), row[1]);
        }
        return theirs;
    }

    /**
     * Per-frame values keyed by the segment ("port seq len #n": its sender's port, raw sequence
     * number, length and which copy), so captures at either end can be compared.
     */
    private static Map<String, String> bySegment(Path pcap, Map<Integer, String> byFrame) throws Exception {
        List<String[]> rows = Tshark.matching(pcap, "tcp.len > 0", "frame.number", "tcp.srcport", "tcp.seq_raw", "tcp.len");
        Map<String, String> keyed = new TreeMap<>();
        Map<String, Integer> copies = new TreeMap<>();
        // Counted from the last copy: a receiver misses the copies the network lost, which come first.
        for (int i = rows.size() - 1; i >= 0; i--) {
            String[] row = rows.get(i);
            String segment = row[1] + " " + row[2] + " " + row[3];
            int copy = copies.merge(segment, 1, Integer::sum);
            keyed.put(segment + " last-" + copy, byFrame.get(Integer.parseInt(row[0])));
        }
        return keyed;
    }

    /** Bytes in flight on each data segment, "" when none, as tshark writes it. */
    private static Map<Integer, String> ours(Path pcap) throws Exception {
        OpenedCapture opened = OpenedCapture.of(PcapReader.read(pcap));
        Map<Integer, String> values = new TreeMap<>();
        for (Conversation c : opened.conversations()) {
            if (c.protocol() != Frame.TCP) {
                continue;
            }
            Trace trace = CaptureTrace.of(opened, c);
            List<TracePacket> packets = trace.packets();
            long[] sent = packets.stream().mapToLong(TracePacket::sentAt).toArray();
            long[] arrives = packets.stream().mapToLong(TracePacket::arrivesAt).toArray();
            for (boolean fromA : new boolean[] {true, false}) {
                for (BytesInFlight.Sample s : BytesInFlight.of(c, fromA, sent, arrives)) {
                    if (s.data()) {
                        values.put(c.frames().get(s.index()).number(), s.bytes() == 0 ? "" : Long.toString(s.bytes()));
                    }
                }
            }
        }
        return values;
    }
}
