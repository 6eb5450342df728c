package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The protocol stack chapter's check: each question is one step, its answer and explanation the
 * next. A question step does not say which choice is right, so a class can vote before the
 * teacher moves on.
 */
public final class WhichLayerQuiz {

    public static final String LESSON_ID = "which-layer";
    public static final TableKey QUESTION_TABLE = TableKey.of("question");
    public static final TableKey EVIDENCE_TABLE = TableKey.of("evidence");
    public static final int MIN_QUESTIONS = 8;

    static final String TEXTS = "org.wirewise.model.stack.which-layer";

    /**
     * A question: its key in the bundle (its text, four choices and why are {@code key.text},
     * {@code key.choice.N}, {@code key.why}), the index of the right choice, where the chapter
     * teaches it, its evidence frame and the dissector field that shows the answer.
     */
    record Question(String key, int answer, String reference, String lesson, Evidence evidence, String field) {

        static final int CHOICES = 4;

        String text(Texts t) {
            return t.get(key + ".text");
        }

        List<String> choices(Texts t) {
            return java.util.stream.IntStream.range(0, CHOICES).mapToObj(c -> t.get(key + ".choice." + c)).toList();
        }

        String why(Texts t) {
            return t.get(key + ".why");
        }
    }

    /** The frame an answer points at, so the learner sees the bytes the answer is about; its label is wire notation. */
    enum Evidence {
        FRAME("HTTP GET from the client", ExampleFrames::httpGet),
        ROUTED("the same GET after a router", ExampleFrames::routedHttpGet),
        UDP("a DNS query over UDP", ExampleFrames::dnsQuery),
        TLS("an HTTPS request: TLS records", ExampleFrames::tlsRecord),
        ICMP("ICMP echo request (ping)", ExampleFrames::icmpEcho),
        ARP("ARP request", ExampleFrames::arpRequest),
        PROXIED("a request forwarded by a layer-7 balancer", ExampleFrames::proxiedRequest);

        final String label;
        final java.util.function.Supplier<byte[]> frame;

        Evidence(String label, java.util.function.Supplier<byte[]> frame) {
            this.label = label;
            this.frame = frame;
        }
    }

    static final List<Question> QUESTIONS = List.of(
            new Question("switchPort", 1, "IEEE 802.1D §7.7", "encapsulation", Evidence.FRAME, "Destination"),
            new Question("routerChanges", 1, "RFC 1812 §5.3.1", "encapsulation", Evidence.ROUTED, "Time to Live"),
            new Question("quicLayer", 1, "RFC 9000 §1", "osi-model", Evidence.UDP, "User Datagram Protocol"),
            new Question("tlsLayer", 1, "RFC 8446 §1", "osi-model", Evidence.TLS, "Transport Layer Security"),
            new Question("layer3Pdu", 2, "RFC 791 §1.4", "osi-model", Evidence.ICMP, "Internet Protocol Version 4"),
            new Question("arpCarrier", 2, "RFC 826", "osi-model", Evidence.ARP, "Type"),
            new Question("mss", 2, "RFC 9293 §3.7.1", "encapsulation", Evidence.FRAME, "Transmission Control Protocol"),
            new Question("checksum", 1, "RFC 9293 §3.1", "encapsulation", Evidence.ROUTED, "Header Checksum"),
            new Question("lbPools", 1, "RFC 9112 §3", "load-balancers", Evidence.FRAME, "Request URI"),
            new Question("lbCertificate", 1, "RFC 8446 §1", "load-balancers", Evidence.TLS, "Transport Layer Security"),
            new Question("forwardedFor", 1, "RFC 7239 §4", "load-balancers", Evidence.PROXIED, "X-Forwarded-For"),
            new Question("icmpLayer", 1, "RFC 792", "osi-model", Evidence.ICMP, "Protocol"));

    private WhichLayerQuiz() {
    }

    public static int available() {
        return QUESTIONS.size();
    }

    public static Trace simulate(WhichLayerScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The check with its texts in {@code language}; the frames are the same in every language. */
    public static Trace simulate(WhichLayerScenario scenario, Locale language) {
        Texts t = Texts.of(TEXTS, language);
        if (scenario.questions() < MIN_QUESTIONS || scenario.questions() > QUESTIONS.size()) {
            throw new IllegalArgumentException("questions: expected " + MIN_QUESTIONS + " to " + QUESTIONS.size()
                    + ", got " + scenario.questions());
        }
        List<Question> asked = new ArrayList<>(QUESTIONS);
        if (scenario.order() == QuizOrder.SHUFFLED) {
            RandomGenerator r = new Simulation(scenario.seed()).randomStream("quiz-order");
            for (int i = asked.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Question q = asked.get(i);
                asked.set(i, asked.get(j));
                asked.set(j, q);
            }
        }
        asked = asked.subList(0, scenario.questions());
        TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane("learner", t.get("lane.learner"), t.get("lane.learner.sub")),
                new Lane("network", t.get("lane.network"), "")));
        int n = asked.size();
        java.util.Map<Evidence, Integer> packets = new java.util.EnumMap<>(Evidence.class);
        trace.step(0, t.get("step.intro", Integer.toString(n)), t.get("intro"), List.of(), -1,
                new Snapshot(List.of(), List.of()));
        for (int i = 0; i < n; i++) {
            Question q = asked.get(i);
            String head = t.get("step.question", Integer.toString(i + 1), Integer.toString(n));
            trace.step(0, head, t.get("question", q.text(t)),
                    List.of(), -1, new Snapshot(List.of(), List.of(), List.of(table(t, q, false)),
                            List.of(new QuizCard(q.text(t), q.choices(t), OptionalInt.empty(), ""))));
            // One frame per kind: a capture holds each once, so Wireshark sees no retransmissions.
            int packet = packets.computeIfAbsent(q.evidence(), e -> {
                long at = SimTime.millis(packets.size());
                return trace.packet("learner", "network", at, at, Link.Fate.DELIVERED, e.label, e.frame.get());
            });
            Table evidence = new Table(EVIDENCE_TABLE, t.get("table.evidence"), List.of(t.get("table.evidence.field")),
                    List.of(new Table.Row(List.of(fieldName(t, q.field())), true)));
            trace.step(0, t.get("step.answer", Integer.toString(i + 1), q.choices(t).get(q.answer())),
                    t.get("answer", q.why(t), t.get("evidence." + q.evidence().name()), q.lesson()),
                    List.of(q.reference()), packet,
                    new Snapshot(List.of(), List.of(), List.of(table(t, q, true), evidence),
                            List.of(new QuizCard(q.text(t), q.choices(t), OptionalInt.of(q.answer()), q.field()))));
        }
        return trace.build();
    }

    /** The question as a table: title the question, one row per choice; the answer only when revealed. */
    private static Table table(Texts t, Question q, boolean revealed) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> choices = q.choices(t);
        for (int c = 0; c < choices.size(); c++) {
            boolean right = revealed && c == q.answer();
            rows.add(new Table.Row(List.of(choices.get(c), right ? t.get("right") : ""), right));
        }
        return new Table(QUESTION_TABLE, q.text(t), List.of(t.get("table.question.choice"),
                t.get("table.question.answer")), rows);
    }

    /** A dissector field's name: Wireshark's, with a gloss where the language has one. */
    private static String fieldName(Texts t, String field) {
        String key = "field." + field.replaceAll("[^A-Za-z0-9]", "");
        return t.has(key) ? t.get(key) : field;
    }
}
