package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.CertificateDissection;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.tls.cert.Check;
import org.wirewise.model.tls.cert.Validation;
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
 * class only reveals them a group at a time. No packets: the chain is shown on its own.
 */
public final class CertificateChainExplainer {

    public static final String LESSON_ID = "certificate-chain";
    public static final String LANE = "client";
    public static final TableKey CHECKS_TABLE = TableKey.of("checks");

    private final CertificateChain chain;
    private final Validation validation;
    private final ChainNarration say;
    private final TraceBuilder trace;

    private CertificateChainExplainer(CertificateChainScenario scenario) {
        this.chain = CertificateChain.build(scenario.fault(), new SeededSecureRandom(new SplittableRandom(scenario.seed())));
        this.validation = chain.validate();
        this.say = new ChainNarration(chain, validation);
        this.trace = new TraceBuilder(LESSON_ID, List.of(new Lane(LANE, "Client", "connecting to " + chain.host())));
    }

    public static Trace explain(CertificateChainScenario scenario) {
        return new CertificateChainExplainer(scenario).run();
    }

    private Trace run() {
        Set<Check.Kind> shown = EnumSet.noneOf(Check.Kind.class);
        for (ChainStage stage : ChainStage.values()) {
            shown.addAll(stage.kinds());
            List<Check> revealed = validation.checks().stream().filter(c -> shown.contains(c.kind())).toList();
            boolean decided = stage == ChainStage.VERDICT;
            ChainPicture picture = new ChainPicture(cards(revealed), selected(stage), chain.host(),
                    say.clock(), decided ? say.verdict() : null);
            NodeState client = new NodeState(LANE, decided ? say.state() : "checking", List.of(
                    new Variable("Host", chain.host()),
                    new Variable("Clock", say.clock()),
                    new Variable("Fault", chain.fault().label()),
                    new Variable("Verdict", decided ? say.state() : "–")));
            trace.step(0, say.title(stage), say.narration(stage), say.references(stage), -1,
                    new Snapshot(List.of(client), List.of(), List.of(checksTable(revealed)), List.of(picture)));
        }
        return trace.build();
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
                .map(k -> new ChainPicture.Mark(say.checkLabel(k), shortSection(k.kind()), k.passed())).toList();
        return new ChainPicture.Card(role, c.subject().commonName(), say.signedBy(c), say.details(c), presence,
                c.der(), CertificateDissection.of(c), marks);
    }

    /** On a card, RFC 5280 goes without saying: the clause alone; other documents are named. */
    private static String shortSection(Check.Kind kind) {
        return kind.rfc().equals("RFC 5280") ? kind.clause() : kind.section();
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
                    c.kind().section(), c.passed() ? "pass" : "FAIL"), !c.passed()));
        }
        return new Table(CHECKS_TABLE, "The client's checks", List.of("Certificate", "Check", "Section", "Verdict"), rows);
    }
}
