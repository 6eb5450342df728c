package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The head-of-line lab: the page over HTTP/1.1, HTTP/2 and HTTP/3, each on its own copy of the same network and
 * seed, with and without the setup's loss ({@link HolComparison}). The loads as set up are recorded on one
 * timeline, one protocol after another, each on its own pair of lanes (so each lane's capture is one protocol's and
 * decrypts with the trace's key log); the loads without loss give the reference numbers and waterfalls.
 */
public final class HolLabSimulator {

    public static final String LESSON_ID = "http-hol-lab";
    /** Each protocol's connections, page load without and with the loss, requests held up, longest stall. */
    public static final TableKey LOAD_TIMES = TableKey.of("hol-load-times");
    /** The step's protocol's requests that sat behind the lost packet, with their stalls. */
    public static final TableKey HELD = TableKey.of("hol-held");

    /** One protocol's load as set up, the same without loss, its recording and where it starts on the timeline. */
    record Load(HolProtocol protocol, HolRun run, HolRun clean, HolLabRecording recording, long origin,
                int lostPacket, int repairPacket) {

        HolComparison.Measured measured() {
            return new HolComparison.Measured(protocol, run, clean);
        }
    }

    private HolLabSimulator() {
    }

    public static Trace simulate(HolSetup s) {
        return simulate(s, Locale.ENGLISH);
    }

    /** The lab with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(HolSetup s, Locale language) {
        HolLabNarration n = new HolLabNarration(s, language);
        List<HolRun> runs = new ArrayList<>();
        List<HolRun> cleans = new ArrayList<>();
        List<HolLabRecording> recordings = new ArrayList<>();
        long longest = 0;
        for (HolProtocol p : HolProtocol.values()) {
            HolLabRecording r = new HolLabRecording();
            HolRun run = HolComparison.load(p, s, r);
            HolRun clean = s.lossy() ? HolComparison.load(p, s.lossFree()) : run;
            runs.add(run);
            cleans.add(clean);
            recordings.add(r);
            longest = Math.max(longest, Math.max(r.lastArrival(), Math.max(run.pageLoad(), clean.pageLoad())));
        }
        // Whole seconds per protocol, at least half a second quiet between two loads.
        long segment = SimTime.seconds(Math.ceil((longest + SimTime.millis(500)) / 1e9));
        List<Lane> lanes = new ArrayList<>();
        for (HolProtocol p : HolProtocol.values()) {
            HolLabRecording r = recordings.get(p.ordinal());
            lanes.add(new Lane(browserLane(p), n.browser(), n.laneDetail(p)));
            lanes.add(new Lane(serverLane(p), n.server(), n.laneDetail(p)));
        }
        TraceBuilder trace = new TraceBuilder(LESSON_ID, lanes);
        List<Load> loads = new ArrayList<>();
        for (HolProtocol p : HolProtocol.values()) {
            HolLabRecording r = recordings.get(p.ordinal());
            long origin = p.ordinal() * segment;
            int[] marked = record(trace, p, r, origin, n);
            r.secrets().forEach(trace::secret);
            loads.add(new Load(p, runs.get(p.ordinal()), cleans.get(p.ordinal()), r, origin, marked[0], marked[1]));
        }
        new HolLabSteps(s, n, loads, trace).build();
        return trace.build();
    }

    public static String browserLane(HolProtocol p) {
        return prefix(p) + "-browser";
    }

    public static String serverLane(HolProtocol p) {
        return prefix(p) + "-server";
    }

    private static String prefix(HolProtocol p) {
        return switch (p) {
            case HTTP1 -> "h1";
            case HTTP2 -> "h2";
            case HTTP3 -> "h3";
        };
    }

    /** Adds one load's frames at {@code origin}; returns the trace ids of the chosen lost packet and of its repair (-1: none). */
    private static int[] record(TraceBuilder trace, HolProtocol p, HolLabRecording r, long origin, HolLabNarration n) {
        int[] marked = {-1, -1};
        Map<Long, Long> sentUpTo = new HashMap<>();
        for (HolLabRecording.Seen f : r.frames()) {
            String label = f.datagram().map(n::quicLabel).orElseGet(() -> tcpLabel(f.frame(), sentUpTo, n));
            String from = f.fromBrowser() ? browserLane(p) : serverLane(p);
            String to = f.fromBrowser() ? serverLane(p) : browserLane(p);
            int id = trace.packet(from, to, origin + f.sentAt(), origin + f.arrivesAt(), f.fate(), label, f.frame());
            if (f.chosenLoss()) {
                marked[0] = id;
            }
            if (f.repair()) {
                marked[1] = id;
            }
        }
        return marked;
    }

    /** A segment's label, marking one whose bytes its sender had sent before as a retransmission, as Wireshark does. */
    private static String tcpLabel(byte[] frame, Map<Long, Long> sentUpTo, HolLabNarration n) {
        TcpSegment seg = ResponseBytes.tcpSegment(frame);
        if (seg == null) {
            return n.otherFrame(frame.length);
        }
        long flow = ((long) seg.sourcePort() << 16) | seg.destinationPort();
        long start = seg.sequenceNumber();
        long consumed = seg.payloadLength() + ((seg.flags() & (TcpFlags.SYN | TcpFlags.FIN)) != 0 ? 1 : 0);
        Long upTo = sentUpTo.get(flow);
        boolean again = upTo != null && consumed > 0 && (int) (start - upTo) < 0;
        long end = (start + consumed) & 0xFFFF_FFFFL;
        if (upTo == null || (int) (end - upTo) > 0) {
            sentUpTo.put(flow, end);
        }
        return n.tcpLabel(seg, again && seg.payloadLength() > 0);
    }
}
