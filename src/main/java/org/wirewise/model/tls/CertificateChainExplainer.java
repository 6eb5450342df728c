package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.CertificateDissection;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.tls.cert.Check;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * The certificate-chain lesson: a seeded root, intermediate and leaf with one fault, and the
 * client's check of them step by step (path building, signatures, dates, CA constraints, host
 * name), ending in acceptance or the alert it sends. The checks are the validator's own; this
 * class only reveals them a group at a time. The same chain also crosses a cable in a real TLS 1.3
 * handshake (ChainOnTheWire): its frames, with the client's alert record when it refuses, and the
 * key log are on the trace, so the exported capture shows the Certificate message decrypted.
 */
public final class CertificateChainExplainer {

    public static final String LESSON_ID = "certificate-chain";
    public static final String LANE = "client";
    public static final String SERVER_LANE = "server";
    public static final TableKey CHECKS_TABLE = TableKey.of("checks");

    private final CertificateChain chain;
    private final Validation validation;
    private final ChainOnTheWire.Result wire;
    private final ChainNarration say;
    /** The frames carrying the server's Certificate and the client's alert (or Finished), once recorded. */
    private int certificateFrame = -1;
    private int verdictFrame = -1;
    private final TraceBuilder trace;
    private final Locale language;

    private CertificateChainExplainer(CertificateChainScenario scenario, Locale language) {
        LessonServer server = LessonServer.of(scenario.seed(), scenario.fault());
        this.chain = server.chain();
        this.validation = chain.validate();
        this.wire = ChainOnTheWire.run(server, scenario.fault(), scenario.seed());
        // The lanes come before the narration, which needs to know how the recorded alert was protected.
        Texts words = Texts.of(ChainNarration.TEXTS, language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(LANE, words.get("lane.client"),
                        words.get("lane.client.subtitle", ChainOnTheWire.CLIENT_IP, chain.host())),
                new Lane(SERVER_LANE, words.get("lane.server"), ChainOnTheWire.SERVER_IP + ":443")));
        this.say = new ChainNarration(chain, validation, record(wire), language);
        this.language = language;
    }

    /** The lesson in English: the language of the command line, the exports and the tests. */
    public static Trace explain(CertificateChainScenario scenario) {
        return explain(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and bytes are the same in every language. */
    public static Trace explain(CertificateChainScenario scenario, Locale language) {
        return new CertificateChainExplainer(scenario, language).run();
    }

    private Trace run() {
        Set<Check.Kind> shown = EnumSet.noneOf(Check.Kind.class);
        for (ChainStage stage : ChainStage.values()) {
            shown.addAll(stage.kinds());
            List<Check> revealed = validation.checks().stream().filter(c -> shown.contains(c.kind())).toList();
            boolean decided = stage == ChainStage.VERDICT;
            ChainPicture picture = new ChainPicture(cards(revealed), selected(stage), chain.host(),
                    say.clock(), decided ? say.verdict() : null);
            NodeState client = new NodeState(LANE, decided ? say.state() : say.text("state.checking"), List.of(
                    new Variable(say.text("variable.host"), chain.host()),
                    new Variable(say.text("variable.clock"), say.clock()),
                    new Variable(say.text("variable.fault"), say.fault()),
                    new Variable(say.text("variable.verdict"), decided ? say.state() : "–")));
            trace.step(decided ? wire.endAt() : wire.certificateAt(), say.title(stage), say.narration(stage),
                    say.references(stage), stage == ChainStage.PRESENTED ? certificateFrame : decided ? verdictFrame : -1,
                    new Snapshot(List.of(client), List.of(), List.of(checksTable(revealed)), List.of(picture)));
        }
        return trace.build();
    }

    /**
     * Puts the handshake's frames on the trace, labelled by what their records hold once opened
     * with the client's key log (as Wireshark shows them with it), and the key log itself, so the
     * exported capture decrypts. Returns how the client's alert, if any, was protected.
     */
    private String record(ChainOnTheWire.Result result) {
        result.keyLog().forEach(trace::secret);
        WireRecords up = WireRecords.fromClient(result.keyLog());
        WireRecords down = WireRecords.fromServer(result.keyLog());
        String alertProtection = "";
        for (ChainOnTheWire.Frame f : result.frames()) {
            byte[] ip = EthernetFrame.decode(f.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment segment = TcpSegment.decode(tcp, 0, tcp.length);
            List<WireRecords.Seen> records = (f.toServer() ? up : down).add(segment.payload());
            String label = records.isEmpty() ? TcpFlags.names(segment.flags())
                    : records.stream().map(TlsHandshakeNarration::inside).collect(Collectors.joining(" + "));
            int id = trace.packet(f.toServer() ? LANE : SERVER_LANE, f.toServer() ? SERVER_LANE : LANE,
                    f.sentAt(), f.arrivesAt(), f.fate(), label, f.bytes());
            for (WireRecords.Seen r : records) {
                if (!f.toServer() && r.messages().contains(HandshakeType.CERTIFICATE)) {
                    certificateFrame = id;
                }
                if (f.toServer() && (r.inner() == ContentType.ALERT || r.messages().contains(HandshakeType.FINISHED))
                        && verdictFrame < 0) {
                    verdictFrame = id;
                    alertProtection = r.inner() == ContentType.ALERT ? r.protection() : "";
                }
            }
        }
        return alertProtection;
    }

    /** Root, intermediate, leaf: the chain's own root (a stranger's, when the root is untrusted). */
    private List<ChainPicture.Card> cards(List<Check> revealed) {
        ChainFault fault = chain.fault();
        boolean selfSigned = fault == ChainFault.SELF_SIGNED;
        ChainPicture.Presence rootPresence = selfSigned ? ChainPicture.Presence.UNUSED
                : fault == ChainFault.UNTRUSTED_ROOT ? ChainPicture.Presence.NOT_TRUSTED : ChainPicture.Presence.TRUSTED;
        ChainPicture.Presence middle = selfSigned ? ChainPicture.Presence.UNUSED
                : chain.sent().contains(chain.intermediate()) ? ChainPicture.Presence.SENT : ChainPicture.Presence.NOT_SENT;
        return List.of(
                card(ChainPicture.Role.ROOT, chain.chainRoot(), rootPresence, revealed),
                card(ChainPicture.Role.INTERMEDIATE, chain.intermediate(), middle, revealed),
                card(ChainPicture.Role.LEAF, chain.leaf(), ChainPicture.Presence.SENT, revealed));
    }

    private ChainPicture.Card card(ChainPicture.Role role, Certificate c, ChainPicture.Presence presence,
                                   List<Check> revealed) {
        List<ChainPicture.Mark> marks = revealed.stream().filter(k -> k.certificate().equals(c))
                .map(k -> new ChainPicture.Mark(say.checkLabel(k), say.section(k.kind(), true), k.passed())).toList();
        return new ChainPicture.Card(role, c.subject().commonName(), say.signedBy(c), say.details(c), presence,
                c.der(), CertificateDissection.of(c, language), marks);
    }

    /**
     * The card a step is about: the first one a failed check of this step names, else the first
     * one the step checks, else the leaf; at the verdict, the card of the check that decided it.
     */
    private int selected(ChainStage stage) {
        List<Certificate> order = List.of(chain.chainRoot(), chain.intermediate(), chain.leaf());
        // The verdict is about the check that decided it, whichever step showed that.
        List<Check> checked = validation.checks().stream().filter(c -> order.contains(c.certificate())
                && (stage == ChainStage.VERDICT ? !c.passed() : stage.kinds().contains(c.kind()))).toList();
        return checked.stream().filter(c -> !c.passed()).findFirst()
                .or(() -> checked.stream().findFirst())
                .map(c -> order.indexOf(c.certificate()))
                .orElse(order.size() - 1);
    }

    private Table checksTable(List<Check> revealed) {
        List<Table.Row> rows = new ArrayList<>();
        for (Check c : revealed) {
            rows.add(new Table.Row(List.of(c.certificate().subject().commonName(), say.checkLabel(c),
                    say.section(c.kind(), false), say.text(c.passed() ? "table.checks.pass" : "table.checks.fail")),
                    !c.passed()));
        }
        return new Table(CHECKS_TABLE, say.text("table.checks"), List.of(say.text("table.checks.certificate"),
                say.text("table.checks.check"), say.text("table.checks.section"), say.text("table.checks.verdict")),
                rows);
    }
}
