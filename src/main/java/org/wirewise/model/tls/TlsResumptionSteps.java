package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The resumption lesson's trace, built after the run: frames grouped into connections by the
 * client-side port, each connection's records opened with its own key log (the client's for its
 * two connections, the server's for the attacker's, which has none), a step for each frame that
 * moves a handshake on, and the SYN-to-GET spans measured on the frames.
 */
final class TlsResumptionSteps {

    private record Frame(String from, String to, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    /** A frame after the run: its connection (0, 1, then the attacker's 2), segment and completed records. */
    record Seen(int id, int connection, String from, long sentAt, long arrivesAt, TcpSegment segment, List<WireRecords.Seen> records) {
        boolean toServer() {
            return !from.equals(TlsResumptionSimulator.SERVER);
        }

        boolean carries(HandshakeType type) {
            return records.stream().anyMatch(r -> r.messages().contains(type));
        }

        boolean carriesData() {
            return records.stream().anyMatch(r -> r.inner() == ContentType.APPLICATION_DATA);
        }

        /** A handshake message of {@code type} in this frame, decoded from the opened records. */
        Optional<HandshakeMessage> message(HandshakeType type) {
            HandshakeReader reader = new HandshakeReader();
            for (WireRecords.Seen r : records) {
                if (r.inner() == ContentType.HANDSHAKE) {
                    for (HandshakeMessage m : reader.add(r.plaintext())) {
                        if (m.type() == type) {
                            return Optional.of(m);
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    private record Derived(int connection, SessionSecret secret, long at) {
    }

    private final List<Lane> lanes;
    private final List<Frame> frames = new ArrayList<>();
    private final List<Derived> derived = new ArrayList<>();
    private final Map<Integer, List<SessionSecret>> serverLogs = new HashMap<>();
    private final TlsResumptionNarration n;

    TlsResumptionSteps(TlsResumptionNarration n, List<Lane> lanes) {
        this.lanes = List.copyOf(lanes);
        this.n = n;
    }

    int packet(String from, String to, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame) {
        frames.add(new Frame(from, to, sentAt, arrivesAt, fate, frame));
        return frames.size() - 1;
    }

    void clientSecret(int connection, SessionSecret secret, long at) {
        derived.add(new Derived(connection, secret, at));
    }

    void serverSecret(int connection, SessionSecret secret) {
        serverLogs.computeIfAbsent(connection, c -> new ArrayList<>()).add(secret);
    }

    private List<SessionSecret> clientLog(int connection) {
        return derived.stream().filter(d -> d.connection() == connection).map(Derived::secret).toList();
    }

    Trace build(CertificateChain chain, List<TlsResumptionSimulator.Served> served, int copiedBytes,
                Map<Integer, SessionTickets.Freshness> freshness) {
        TraceBuilder trace = new TraceBuilder(TlsResumptionSimulator.LESSON_ID, lanes);
        derived.forEach(d -> trace.secret(d.secret()));
        Map<Integer, Integer> connections = new LinkedHashMap<>();
        Map<String, WireRecords> readers = new HashMap<>();
        List<Seen> seen = new ArrayList<>();
        for (Frame f : frames) {
            byte[] ip = EthernetFrame.decode(f.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
            boolean toServer = f.to().equals(TlsResumptionSimulator.SERVER);
            int connection = connections.computeIfAbsent(toServer ? seg.sourcePort() : seg.destinationPort(), p -> connections.size());
            List<SessionSecret> log = connection < 2 ? clientLog(connection) : serverLogs.getOrDefault(connection, List.of());
            WireRecords reader = readers.computeIfAbsent(connection + (toServer ? "up" : "down"),
                    k -> toServer ? WireRecords.fromClient(log) : WireRecords.fromServer(log));
            List<WireRecords.Seen> records = reader.add(seg.payload());
            int id = trace.packet(f.from(), f.to(), f.sentAt(), f.arrivesAt(), f.fate(), n.label(connection, seg, records), f.bytes());
            seen.add(new Seen(id, connection, f.from(), f.sentAt(), f.arrivesAt(), seg, records));
        }
        List<Measurement> measurements = measure(seen);
        TlsResumptionNarration.Context context = new TlsResumptionNarration.Context(chain, measurements, served, copiedBytes, seen, freshness);
        trace.step(0, n.introTitle(), n.intro(context), n.introReferences(), -1, snapshot(null, 0, measurements));
        for (Seen f : seen) {
            boolean opens = f.segment().has(TcpFlags.SYN) && !f.segment().has(TcpFlags.ACK);
            if (opens || !f.records().isEmpty()) {
                trace.step(f.sentAt(), n.title(f), n.narration(f, context), n.references(f), f.id(), snapshot(f, f.sentAt(), measurements));
            }
        }
        long end = seen.isEmpty() ? 0 : seen.get(seen.size() - 1).arrivesAt();
        trace.step(end, n.summaryTitle(context), n.summary(context), n.summaryReferences(), -1, snapshot(null, end, measurements));
        return trace.build();
    }

    /** SYN to the first request byte at the server, for the full and the resumed connection. */
    private List<Measurement> measure(List<Seen> seen) {
        List<Measurement> out = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int connection = c;
            Optional<Seen> syn = seen.stream().filter(f -> f.connection() == connection && f.toServer() && f.segment().has(TcpFlags.SYN)).findFirst();
            Optional<Seen> request = seen.stream().filter(f -> f.connection() == connection && f.toServer() && f.carriesData()).findFirst();
            if (syn.isPresent() && request.isPresent()) {
                out.add(new Measurement(n.span(connection), TlsResumptionSimulator.CLIENT, syn.get().sentAt(), request.get().arrivesAt()));
            }
        }
        return out;
    }

    private Snapshot snapshot(Seen f, long time, List<Measurement> measurements) {
        List<Table> tables = new ArrayList<>();
        if (f != null && !f.records().isEmpty()) {
            tables.add(new Table(TlsHandshakeSimulator.RECORDS_TABLE, n.recordsTitle(), n.recordColumns(),
                    f.records().stream().map(r -> new Table.Row(n.recordRow(r), r.encrypted())).toList()));
        }
        int connection = f == null ? (time == 0 ? 0 : 1) : Math.min(f.connection(), 1);
        KeyScheduleFact keys = keySchedule(connection, time);
        List<Table.Row> rows = keys.secrets().stream().map(x -> Table.Row.of(x.label(), x.stage(), x.prefix(), x.protects())).toList();
        tables.add(new Table("tls-key-schedule", n.keyTableTitle(connection), n.keyColumns(), rows));
        // The attacker's steps draw no span: the last one belongs to connection 2 and sat beside its frames.
        List<Measurement> done = f != null && f.connection() == 2 ? List.of() : measurements.stream().filter(m -> m.to() <= time).toList();
        return new Snapshot(List.of(), done.isEmpty() ? List.of() : List.of(done.get(done.size() - 1)), tables, List.of(keys));
    }

    /** The client's key schedule of {@code connection} up to {@code time}: its stages and the traffic secrets derived. */
    private KeyScheduleFact keySchedule(int connection, long time) {
        List<KeyScheduleFact.Stage> stages = new ArrayList<>();
        List<KeyScheduleFact.Secret> secrets = new ArrayList<>();
        stages.add(new KeyScheduleFact.Stage(n.stage(TlsHandshakeNarration.Stage.EARLY), n.earlyInput(connection), ""));
        for (Derived d : derived) {
            if (d.connection() != connection || d.at() > time) {
                continue;
            }
            String label = d.secret().label();
            TlsHandshakeNarration.Stage from = label.contains("EARLY") ? TlsHandshakeNarration.Stage.EARLY
                    : label.contains("HANDSHAKE") ? TlsHandshakeNarration.Stage.HANDSHAKE : TlsHandshakeNarration.Stage.MASTER;
            String stage = n.stage(from);
            if (stages.stream().noneMatch(x -> x.name().equals(stage))) {
                stages.add(new KeyScheduleFact.Stage(stage, n.stageInput(from), ""));
            }
            secrets.add(new KeyScheduleFact.Secret(label, stage, java.util.HexFormat.of().formatHex(d.secret().secret(), 0, 6) + "…",
                    n.protects(label, connection)));
        }
        return new KeyScheduleFact(n.keyScheduleTitle(), stages, secrets);
    }
}
