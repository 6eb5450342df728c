package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
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

    /** A question, its choices, the index of the right one, why, and where the chapter teaches it. */
    record Question(String text, List<String> choices, int answer, String why, String reference, String lesson,
                    Evidence evidence, String field) {
    }

    /** The frame an answer points at, so the learner sees the bytes the answer is about. */
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
            new Question("A switch receives a frame. Which header field decides the port it goes out of?",
                    List.of("Layer 1: the bit rate", "Layer 2: the destination MAC address",
                            "Layer 3: the destination IP address", "Layer 4: the destination TCP port"), 1,
                    "A switch reads only the Ethernet header: it looks the destination MAC up in its MAC address "
                            + "table and forwards the frame unchanged. IP, TCP and HTTP are payload to it.",
                    "IEEE 802.1D §7.7", "encapsulation", Evidence.FRAME, "Destination"),
            new Question("A router forwards an IPv4 packet. Besides the MAC addresses, what does it change?",
                    List.of("The TCP sequence number", "The TTL, and so the header checksum",
                            "The Host header", "The destination IP address"), 1,
                    "A router decrements the TTL (RFC 1812 §5.3.1) and must then recompute the IPv4 header "
                            + "checksum (§5.2.2). Addresses stay the same end to end unless a NAT rewrites them.",
                    "RFC 1812 §5.3.1", "encapsulation", Evidence.ROUTED, "Time to Live"),
            new Question("QUIC runs on top of UDP. Which layer does QUIC do the work of?",
                    List.of("Layer 3: network", "Layer 4: transport", "Layer 6: presentation",
                            "Layer 2: data link"), 1,
                    "QUIC provides reliable streams, congestion control and loss recovery: transport work. UDP "
                            + "is only its envelope, chosen so it passes middleboxes (RFC 9000 §1).",
                    "RFC 9000 §1", "osi-model", Evidence.UDP, "User Datagram Protocol"),
            new Question("Which layer does TLS sit at in the TCP/IP model?",
                    List.of("Inside TCP", "Between transport and application",
                            "In the IP header", "At the link layer"), 1,
                    "TLS needs a reliable byte stream below (TCP) and gives a secure stream to the application "
                            + "above (RFC 8446 §1). In OSI terms it is presentation/session, in TCP/IP part of the "
                            + "application layer.", "RFC 8446 §1", "osi-model", Evidence.TLS, "Transport Layer Security"),
            new Question("What is the layer-3 PDU called?",
                    List.of("Frame", "Segment", "Packet", "Bits"), 2,
                    "Layer 3 (IP) sends packets; layer 4 TCP sends segments (UDP datagrams), layer 2 frames, "
                            + "layer 1 bits.", "RFC 791 §1.4", "osi-model", Evidence.ICMP, "Internet Protocol Version 4"),
            new Question("ARP finds the MAC address for an IPv4 address. What carries an ARP message?",
                    List.of("An IP packet, protocol 1", "A UDP datagram to port 67",
                            "An Ethernet frame directly, EtherType 0x0806", "A TCP segment"), 2,
                    "ARP has no IP header: it rides directly in Ethernet frames (RFC 826) to serve IP, which "
                            + "is why it is often called layer 2.5.", "RFC 826", "osi-model", Evidence.ARP, "Type"),
            new Question("Ethernet MTU 1500, IPv4 and TCP without options: what is the MSS?",
                    List.of("1500 bytes", "1480 bytes", "1460 bytes", "1440 bytes"), 2,
                    "MSS = MTU − IPv4 header (20) − TCP header (20) = 1460 (RFC 9293 §3.7.1). With IPv6 (40-byte "
                            + "header) it is 1440; Linux's timestamps take 12 more bytes per segment.",
                    "RFC 9293 §3.7.1", "encapsulation", Evidence.FRAME, "Transmission Control Protocol"),
            new Question("Why does a router recompute the IPv4 header checksum but not the TCP checksum?",
                    List.of("TCP has no checksum", "The TTL is in the IPv4 header but not in TCP's pseudo-header",
                            "Routers recompute both", "The TCP checksum is optional over IPv4"), 1,
                    "TCP's checksum covers a pseudo-header of addresses, protocol and length (RFC 9293 §3.1), "
                            + "not the TTL, so a TTL change leaves it valid. The IPv4 header checksum covers the "
                            + "TTL (RFC 791 §3.1).", "RFC 9293 §3.1", "encapsulation", Evidence.ROUTED, "Header Checksum"),
            new Question("Which load balancer can send /api and /static to different backend pools?",
                    List.of("Layer 4", "Layer 7", "Both", "Neither"), 1,
                    "The path is in the HTTP request line: only a balancer that parses HTTP (layer 7) sees it. "
                            + "A layer-4 balancer sees addresses and ports only.", "RFC 9112 §3", "load-balancers", Evidence.FRAME, "Request URI"),
            new Question("An HTTPS site behind a layer-4 balancer: who needs the TLS certificate and private key?",
                    List.of("The balancer", "The backends", "Both", "Neither"), 1,
                    "A layer-4 balancer passes the TLS bytes through without reading them, so the backends "
                            + "terminate TLS. A layer-7 balancer terminates TLS itself and needs the key.",
                    "RFC 8446 §1", "load-balancers", Evidence.TLS, "Transport Layer Security"),
            new Question("A layer-7 balancer forwards a request. How does the backend learn the client's address?",
                    List.of("From the IP source address", "From X-Forwarded-For (or Forwarded)",
                            "From the TCP source port", "It cannot"), 1,
                    "The balancer opens its own connection, so the IP source is the balancer's. It adds the "
                            + "client's address in a header: X-Forwarded-For, standardised as Forwarded in RFC 7239.",
                    "RFC 7239 §4", "load-balancers", Evidence.PROXIED, "X-Forwarded-For"),
            new Question("ping uses ICMP echo messages inside IP packets. Which layer is ICMP?",
                    List.of("Layer 2", "Layer 3", "Layer 4", "Layer 7"), 1,
                    "ICMP is IP's own control and error protocol (RFC 792): network layer, even though it is "
                            + "carried in IP packets like a transport.", "RFC 792", "osi-model", Evidence.ICMP, "Protocol"));

    private WhichLayerQuiz() {
    }

    public static int available() {
        return QUESTIONS.size();
    }

    public static Trace simulate(WhichLayerScenario scenario) {
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
        TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(new Lane("learner", "Learner", "the frames the answers point at"),
                new Lane("network", "Network", "")));
        int n = asked.size();
        java.util.Map<Evidence, Integer> packets = new java.util.EnumMap<>(Evidence.class);
        trace.step(0, "Which layer? " + n + " questions",
                "A short check on the protocol stack chapter: the OSI and TCP/IP models, encapsulation and what "
                        + "each device reads, and layer-4 versus layer-7 load balancing. Each question is one "
                        + "step; pick an answer (or let the class vote), then step forward for the answer and why.",
                List.of(), -1, new Snapshot(List.of(), List.of()));
        for (int i = 0; i < n; i++) {
            Question q = asked.get(i);
            String head = "Question " + (i + 1) + " of " + n;
            trace.step(0, head, q.text() + " Pick an answer, then step forward to see the answer and why.",
                    List.of(), -1, new Snapshot(List.of(), List.of(), List.of(table(q, false)),
                            List.of(new QuizCard(q.text(), q.choices(), OptionalInt.empty(), ""))));
            // One frame per kind: a capture holds each once, so Wireshark sees no retransmissions.
            int packet = packets.computeIfAbsent(q.evidence(), e -> {
                long at = SimTime.millis(packets.size());
                return trace.packet("learner", "network", at, at, Link.Fate.DELIVERED, e.label, e.frame.get());
            });
            Table evidence = new Table(EVIDENCE_TABLE, "The bytes behind the answer", List.of("Field"),
                    List.of(new Table.Row(List.of(q.field()), true)));
            trace.step(0, "Answer " + (i + 1) + ": " + q.choices().get(q.answer()),
                    q.why() + " The frame below shows it: " + q.evidence().label + ". (Lesson: " + q.lesson() + ".)",
                    List.of(q.reference()), packet,
                    new Snapshot(List.of(), List.of(), List.of(table(q, true), evidence),
                            List.of(new QuizCard(q.text(), q.choices(), OptionalInt.of(q.answer()), q.field()))));
        }
        return trace.build();
    }

    /** The question as a table: title the question, one row per choice; the answer only when revealed. */
    private static Table table(Question q, boolean revealed) {
        List<Table.Row> rows = new ArrayList<>();
        for (int c = 0; c < q.choices().size(); c++) {
            boolean right = revealed && c == q.answer();
            rows.add(new Table.Row(List.of(q.choices().get(c), right ? "right" : ""), right));
        }
        return new Table(QUESTION_TABLE, q.text(), List.of("Choice", "Answer"), rows);
    }
}
