package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The TLS handshake lesson's trace, built once the run is over (the key log is complete then):
 * each frame labelled by what its TLS records carry, opened with the key log as Wireshark would;
 * a step for each frame that moves the handshake on; the key schedule as it grows; the spans
 * measured on the frames themselves.
 */
final class TlsHandshakeSteps {


    /** A frame as recorded during the run. */
    private record Frame(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    /** A frame after the run: its segment and the records that completed in it. */
    record Seen(int id, boolean toServer, long sentAt, long arrivesAt, TcpSegment segment, List<WireRecords.Seen> records) {
        boolean carries(HandshakeType type) {
            return records.stream().anyMatch(r -> r.messages().contains(type));
        }

        boolean carriesAlert() {
            return records.stream().anyMatch(r -> r.inner() == ContentType.ALERT);
        }

        boolean carriesData() {
            return records.stream().anyMatch(r -> r.inner() == ContentType.APPLICATION_DATA);
        }
    }

    /** A secret as the client derived it, and when. */
    private record Derived(SessionSecret secret, long at) {
    }

    private final TlsHandshakeScenario s;
    private final List<Lane> lanes;
    private final List<Frame> frames = new ArrayList<>();
    private final List<Derived> derived = new ArrayList<>();
    private final List<SessionSecret> keyLog = new ArrayList<>();
    private final TlsHandshakeNarration n;
    private AlertDescription failure;
    private Validation validation;
    private long failedAt;
    private Tls12Keys tls12Keys;

    TlsHandshakeSteps(TlsHandshakeScenario s, TlsHandshakeNarration n, List<Lane> lanes) {
        this.s = s;
        this.lanes = List.copyOf(lanes);
        this.n = n;
    }

    int packet(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame) {
        frames.add(new Frame(toServer, sentAt, arrivesAt, fate, frame));
        return frames.size() - 1;
    }

    /** A secret one side derived at {@code at}: the first side to derive it puts it on the schedule. */
    void secret(SessionSecret secret, long at) {
        if (derived.stream().noneMatch(d -> d.secret().label().equals(secret.label()))) {
            derived.add(new Derived(secret, at));
        }
    }

    /** The TLS 1.2 client's key block, to show the first bytes of each write key. */
    void keys(Tls12Keys keys) {
        tls12Keys = keys;
    }

    void keyLog(SessionSecret secret) {
        keyLog.add(secret);
    }

    void failed(AlertDescription alert, Validation v, long at) {
        failure = alert;
        validation = v;
        failedAt = at;
    }

    /** The spans this run measured on its frames, for the other version's summary to compare with. */
    List<Measurement> measurements() {
        return measure(read(null));
    }

    /** The frames as the wire shows them, records opened with the key log; each added to {@code trace} if given. */
    private List<Seen> read(TraceBuilder trace) {
        java.util.function.Function<byte[], List<WireRecords.Seen>> up;
        java.util.function.Function<byte[], List<WireRecords.Seen>> down;
        if (s.tls12()) {
            Tls12WireRecords wire = new Tls12WireRecords(keyLog);
            up = wire::fromClient;
            down = wire::fromServer;
        } else {
            up = WireRecords.fromClient(keyLog)::add;
            down = WireRecords.fromServer(keyLog)::add;
        }
        List<Seen> seen = new ArrayList<>();
        for (Frame f : frames) {
            byte[] ip = EthernetFrame.decode(f.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
            List<WireRecords.Seen> records = (f.toServer() ? up : down).apply(seg.payload());
            int id = trace == null ? seen.size() : trace.packet(f.toServer() ? TlsHandshakeSimulator.CLIENT : TlsHandshakeSimulator.SERVER,
                    f.toServer() ? TlsHandshakeSimulator.SERVER : TlsHandshakeSimulator.CLIENT, f.sentAt(), f.arrivesAt(),
                    f.fate(), n.label(seg, records), f.bytes());
            seen.add(new Seen(id, f.toServer(), f.sentAt(), f.arrivesAt(), seg, records));
        }
        return seen;
    }

    /** The trace; {@code other} is what the other version measured on the same network and seed. */
    Trace build(CertificateChain chain, boolean answered, List<Measurement> other) {
        TraceBuilder trace = new TraceBuilder(TlsHandshakeSimulator.LESSON_ID, lanes);
        keyLog.forEach(trace::secret);
        List<Seen> seen = read(trace);
        List<Measurement> measurements = measure(seen);
        List<StepDraft> drafts = new ArrayList<>();
        drafts.add(new StepDraft(0, n.introTitle(), n.intro(chain), n.introReferences(), -1, null));
        for (Seen f : seen) {
            if (f.segment().has(TcpFlags.SYN) || f.segment().payloadLength() > 0 && !f.records().isEmpty()
                    || f.segment().has(TcpFlags.ACK) && f.toServer() && f.id() == handshakeAck(seen)) {
                drafts.add(new StepDraft(f.sentAt(), n.title(f), n.narration(f, measurements), n.references(f), f.id(), f));
            }
        }
        if (failure != null) {
            drafts.add(new StepDraft(failedAt, n.failureTitle(failure), n.failure(failure, validation), List.of("RFC 8446 §6.2", "RFC 5280 §6.1"), -1, null));
        }
        drafts.sort(Comparator.comparingLong(StepDraft::time));
        long end = seen.isEmpty() ? 0 : seen.get(seen.size() - 1).arrivesAt();
        for (StepDraft d : drafts) {
            List<Measurement> so = latestPerLane(measurements, d.time());
            trace.step(d.time(), d.title(), d.narration(), d.references(), d.packet(),
                    new Snapshot(List.of(), so, tables(d.frame(), d.time(), observed(seen, d.time())), facts(d.time())));
        }
        OnPathObserver observer = observed(seen, end);
        trace.step(end, n.summaryTitle(answered), n.summary(measurements, other, answered, observer), n.summaryReferences(), -1,
                new Snapshot(List.of(), latestPerLane(measurements, end), List.of(observerTable(observer)), facts(end)));
        return trace.build();
    }

    /**
     * The latest span finished by {@code time} on each lane: the diagram draws brackets beside a lane
     * without keeping their labels apart, and the back-to-back TCP and TLS spans collided once the axis
     * was broken. The narration prints every span.
     */
    private static List<Measurement> latestPerLane(List<Measurement> all, long time) {
        java.util.Map<String, Measurement> latest = new java.util.LinkedHashMap<>();
        all.stream().filter(m -> m.to() <= time).forEach(m -> latest.merge(m.lane(), m, (a, b) -> b.to() >= a.to() ? b : a));
        return List.copyOf(latest.values());
    }

    private record StepDraft(long time, String title, String narration, List<String> references, int packet, Seen frame) {
    }

    /** The client's ACK of the SYN-ACK: the first segment to the server after the SYN with no payload. */
    private static int handshakeAck(List<Seen> seen) {
        return seen.stream().filter(f -> f.toServer() && !f.segment().has(TcpFlags.SYN) && f.segment().payloadLength() == 0)
                .mapToInt(Seen::id).findFirst().orElse(-1);
    }

    private List<Measurement> measure(List<Seen> seen) {
        List<Measurement> out = new ArrayList<>();
        Seen syn = first(seen, f -> f.toServer() && f.segment().has(TcpFlags.SYN));
        Seen synAck = first(seen, f -> !f.toServer() && f.segment().has(TcpFlags.SYN));
        Seen hello = first(seen, f -> f.carries(HandshakeType.CLIENT_HELLO));
        Seen flightEnd = first(seen, f -> !f.toServer() && f.carries(HandshakeType.FINISHED));
        Seen request = first(seen, f -> f.toServer() && f.carriesData());
        if (syn != null && synAck != null) {
            out.add(new Measurement(n.span(TlsHandshakeNarration.Span.TCP), TlsHandshakeSimulator.CLIENT, syn.sentAt(), synAck.arrivesAt()));
        }
        if (hello != null && flightEnd != null) {
            out.add(new Measurement(n.span(n.tlsSpan()), TlsHandshakeSimulator.CLIENT, hello.sentAt(), flightEnd.arrivesAt()));
        }
        if (syn != null && request != null) {
            out.add(new Measurement(n.span(TlsHandshakeNarration.Span.REQUEST), TlsHandshakeSimulator.SERVER, syn.sentAt(), request.arrivesAt()));
        }
        return out;
    }

    private static Seen first(List<Seen> seen, java.util.function.Predicate<Seen> p) {
        return seen.stream().filter(p).findFirst().orElse(null);
    }

    /** What an observer on the path has read from the frames sent by {@code time}. */
    private static OnPathObserver observed(List<Seen> seen, long time) {
        OnPathObserver observer = new OnPathObserver();
        seen.stream().filter(f -> f.sentAt() <= time).forEach(f -> f.records().forEach(r -> observer.saw(f.toServer(), r)));
        return observer;
    }

    /** The step's records; in observer view, then a row of what the observer has read so far. */
    private List<Table> tables(Seen f, long time, OnPathObserver observer) {
        List<Table> tables = new ArrayList<>();
        if (f != null && !f.records().isEmpty()) {
            List<Table.Row> rows = new ArrayList<>(f.records().stream().map(r -> new Table.Row(n.recordRow(r), r.encrypted())).toList());
            if (s.observerView()) {
                rows.add(Table.Row.of(n.observerSoFar(observer).toArray(String[]::new)));
            }
            tables.add(new Table(TlsHandshakeSimulator.RECORDS_TABLE, n.recordsTitle(), n.recordColumns(), rows));
        }
        tables.add(keyTable(time));
        return tables;
    }

    private Table keyTable(long time) {
        KeyScheduleFact k = keySchedule(time);
        List<Table.Row> rows = new ArrayList<>();
        k.secrets().forEach(x -> rows.add(Table.Row.of(x.label(), x.stage(), x.prefix(), x.protects())));
        return new Table("tls-key-schedule", n.keyTableTitle(), n.keyColumns(), rows);
    }

    private Table observerTable(OnPathObserver observer) {
        return new Table(TlsHandshakeSimulator.OBSERVER_TABLE, n.observerTitle(), n.observerColumns(), n.observerRows(observer));
    }

    private List<Fact> facts(long time) {
        return List.of(keySchedule(time));
    }

    private KeyScheduleFact keySchedule(long time) {
        if (s.tls12()) {
            return tls12Keys(time);
        }
        List<KeyScheduleFact.Stage> stages = new ArrayList<>();
        List<KeyScheduleFact.Secret> secrets = new ArrayList<>();
        KeySchedule replay = new KeySchedule();
        stages.add(new KeyScheduleFact.Stage(n.stage(TlsHandshakeNarration.Stage.EARLY), n.earlyInput(), prefix(replay.earlySecret())));
        for (Derived d : derived) {
            if (d.at() > time) {
                continue;
            }
            String label = d.secret().label();
            boolean handshake = label.contains("HANDSHAKE");
            String stage = n.stage(handshake ? TlsHandshakeNarration.Stage.HANDSHAKE : TlsHandshakeNarration.Stage.MASTER);
            if (stages.stream().noneMatch(x -> x.name().equals(stage))) {
                stages.add(new KeyScheduleFact.Stage(stage, handshake ? n.handshakeInput() : n.masterInput(), ""));
            }
            secrets.add(new KeyScheduleFact.Secret(label, stage, prefix(d.secret().secret()), n.protects(label)));
        }
        return new KeyScheduleFact(n.keyScheduleTitle(), stages, secrets);
    }

    /** TLS 1.2's keys: once the client has both shares, the master secret and the key block it gives (RFC 5246 §8.1, §6.3). */
    private KeyScheduleFact tls12Keys(long time) {
        List<KeyScheduleFact.Stage> stages = new ArrayList<>();
        List<KeyScheduleFact.Secret> secrets = new ArrayList<>();
        for (Derived d : derived) {
            if (d.at() <= time && d.secret().label().equals(Tls12Endpoint.MASTER_SECRET) && tls12Keys != null) {
                stages.add(new KeyScheduleFact.Stage(TlsHandshakeNarration.PRE_MASTER, n.preMasterInput(), ""));
                stages.add(new KeyScheduleFact.Stage(TlsHandshakeNarration.MASTER_12, n.master12Input(), prefix(d.secret().secret())));
                stages.add(new KeyScheduleFact.Stage(TlsHandshakeNarration.KEY_BLOCK, n.keyBlockInput(), ""));
                secrets.add(new KeyScheduleFact.Secret(Tls12Endpoint.CLIENT_WRITE, TlsHandshakeNarration.KEY_BLOCK,
                        prefix(tls12Keys.clientKey()), n.protects(Tls12Endpoint.CLIENT_WRITE)));
                secrets.add(new KeyScheduleFact.Secret(Tls12Endpoint.SERVER_WRITE, TlsHandshakeNarration.KEY_BLOCK,
                        prefix(tls12Keys.serverKey()), n.protects(Tls12Endpoint.SERVER_WRITE)));
            }
        }
        return new KeyScheduleFact(n.keyScheduleTitle(), stages, secrets);
    }

    private static String prefix(byte[] secret) {
        return HexFormat.of().formatHex(secret, 0, 6) + "…";
    }
}
