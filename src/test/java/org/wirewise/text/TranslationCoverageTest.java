package org.wirewise.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.Variable;
import org.wirewise.scenario.ParameterSpec;

/**
 * Every lesson's texts in Spanish: each lesson run at its defaults in English and in Spanish, and
 * every word a view shows from the trace (titles, narration, lanes, states, tables, measurements,
 * variables) compared place by place. Packet labels are wire notation ("SYN", "data len=1448"), like
 * Wireshark's Info column, which stays the same in every language. A text that is the same in both languages
 * and reads as English (see {@link #englishWords}) was not translated.
 */
class TranslationCoverageTest {

    static final LessonCatalog CATALOG = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();
    static final Locale SPANISH = Texts.LANGUAGES.get(1);

    /**
     * Lessons whose texts are not translated yet: a ratchet. Remove a lesson when it is done (the
     * last test fails while a listed lesson is in fact translated, so the list cannot go stale).
     */
    static final Set<String> NOT_YET_TRANSLATED = Set.of();

    /**
     * Words that read as English and not as Spanish. Words both languages share (protocol names,
     * "no", "a", units) are not here, so a neutral label ("SYN-ACK", "RFC 9293 §3.5", "64 KiB")
     * passes unchanged.
     */
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "are", "with", "from", "for", "its", "this",
            "that", "it", "at", "by", "after", "before", "each", "every", "not", "only", "one", "two", "then", "when",
            "which", "what", "who", "has", "have", "was", "will", "can", "to", "on", "in", "into", "out", "sent", "sends",
            "send", "server", "client", "window", "round", "trip", "time", "path", "flow", "rate", "measured", "waits",
            "arrives", "sender", "receiver", "request", "response", "table", "state", "step", "packet", "bytes sent",
            "segments", "segment", "connection", "open", "closed", "closes", "lost", "drop", "dropped", "queue",
            "delay", "answer", "asks", "query", "cache", "cached", "record", "records", "key", "keys", "certificate",
            "handshake", "stream", "streams", "frame", "frames", "data", "message", "messages", "sending", "reading",
            "waiting", "idle", "new", "old", "first", "last", "next", "total", "size", "none", "yes", "scaling",
            "throughput", "bandwidth", "seed", "ceiling", "largest", "smaller", "larger", "than", "how", "why");

    /**
     * RFC 9293's connection state names ("SYN-SENT", "TIME-WAIT"), shown as a node's state: protocol
     * notation, as `ss` and Wireshark print them in every language, so the same in Spanish.
     */
    static final Set<String> TCP_STATES = java.util.Arrays.stream(org.wirewise.model.transport.TcpState.values())
            .map(org.wirewise.model.transport.TcpState::displayName).collect(java.util.stream.Collectors.toSet());

    /**
     * TLS handshake message names as RFC 8446 §4 and Wireshark write them ("EncryptedExtensions", "Certificate"),
     * shown as a record's contents: protocol notation, the same in Spanish. A text passes as such only when it is
     * nothing but these names, separated by commas.
     */
    static final Set<String> TLS_MESSAGES = java.util.Arrays.stream(org.wirewise.model.tls.HandshakeType.values())
            .map(org.wirewise.model.tls.HandshakeType::rfcName).collect(java.util.stream.Collectors.toSet());

    static boolean tlsMessages(String text) {
        return java.util.Arrays.stream(text.split(", ")).allMatch(TLS_MESSAGES::contains);
    }

    /**
     * Whole texts that contain a word of {@link #ENGLISH} but are names, not sentences, the same in Spanish: the
     * gRPC spec's Message-Length field, protobuf field paths (grpc's byte-by-byte table) and a technology's proper
     * name (Server-Sent Events); a host name (mtls's calling service, client.example.com, in its certificate checks);
     * a Linux slab cache's name as /proc/slabinfo prints it (websocket-scaling's cost table). Exact texts, so nothing
     * else passes because of them.
     */
    static final Set<String> NAMES = Set.of("Message-Length", "time = 3", "time.seconds = 1", "time.nanos = 2",
            "Server-Sent Events", "client.example.com", "sock_inode_cache");

    static Stream<String> lessons() {
        return CATALOG.all().stream().map(Lesson::id);
    }

    /**
     * Wire notation inside a text, which stays as sent in every language: an HTTP status code's reason
     * phrase ("304 Not Modified"), a URL path or query ("/login?next=/cart"), and names written in
     * capitals as the RFCs write them: frame types, flags, states ("DATA", "END_STREAM", "TIME-WAIT"); and a
     * whole text that is one HTTP/2 or HTTP/3 field line, lowercase name first (":path: /", "server: nginx"),
     * or the name of a QUIC long-header packet type (RFC 9000 §17.2: "Handshake", as Wireshark shows it); a TLS
     * record's content type with its number, as Wireshark's record layer or RFC 8446 §5.1 writes it
     * ("Application Data (23)", "handshake (22)"); and a whole text that is one line of HTML as a server sent it
     * ("<p>...</p>": page bytes, the same in every language).
     */
    private static final Pattern WIRE = Pattern.compile("^:?[a-z][a-z0-9-]*: .*$|^(?:Initial|Handshake|Retry)$"
            + "|^<([a-z][a-z0-9]*)>.*</\\1>$"
            + "|\\b(?:Handshake|Application Data|Alert|ChangeCipherSpec|handshake|application_data|alert|change_cipher_spec)"
            + " \\(2[0-3]\\)"
            + "|\\b[1-5]\\d\\d(?: [A-Z][A-Za-z-]*)+"
            + "|(?<![\\p{L}\\d])/\\S*|\\b[A-Z][A-Z0-9_]+\\b");

    /** The words of {@code text} that read as English, in order. */
    static List<String> englishWords(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+").matcher(WIRE.matcher(text).replaceAll(" "));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    /** Every text a view shows from the trace, each named by where it is. */
    static List<String[]> texts(Trace t) {
        List<String[]> out = new ArrayList<>();
        for (Lane l : t.lanes()) {
            out.add(new String[] {"lane " + l.id() + " title", l.title()});
            out.add(new String[] {"lane " + l.id() + " subtitle", l.subtitle()});
        }
        for (int i = 0; i < t.stepCount(); i++) {
            Step s = t.step(i);
            String at = "step " + (i + 1) + " ";
            out.add(new String[] {at + "title", s.title()});
            out.add(new String[] {at + "narration", s.narration()});
            for (NodeState n : s.snapshot().nodes()) {
                out.add(new String[] {at + n.lane() + " state", n.state()});
                for (Variable v : n.variables()) {
                    out.add(new String[] {at + n.lane() + " variable", v.name() + " = " + v.value()});
                }
            }
            for (Measurement m : s.snapshot().measurements()) {
                out.add(new String[] {at + "measurement", m.label()});
            }
            for (Table table : s.snapshot().tables()) {
                String tt = at + "table " + table.key() + " ";
                out.add(new String[] {tt + "title", table.title()});
                table.columns().forEach(c -> out.add(new String[] {tt + "column", c}));
                table.rows().forEach(r -> r.cells().forEach(c -> out.add(new String[] {tt + "cell", c})));
            }
        }
        return out;
    }

    private static Trace run(Lesson<?> lesson, Locale language) {
        return LessonSetup.defaults(lesson).simulate(Progress.NONE, language);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyTextOfATranslatedLessonIsInSpanish(String id) {
        if (NOT_YET_TRANSLATED.contains(id)) {
            return;
        }
        Lesson<?> lesson = CATALOG.find(id).orElseThrow();
        Trace spanish = run(lesson, SPANISH);
        List<String[]> en = texts(run(lesson, Locale.ENGLISH));
        List<String[]> es = texts(spanish);
        // A lane id in a table cell (TcpRig's running timers name their lane) is an identifier, never shown as words.
        Set<String> laneIds = spanish.lanes().stream().map(Lane::id).collect(java.util.stream.Collectors.toSet());
        assertEquals(en.size(), es.size(), id + ": the Spanish trace has other parts than the English one");
        List<String> untranslated = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            if (en.get(i)[1].equals(es.get(i)[1]) && !englishWords(es.get(i)[1]).isEmpty()
                    && !TCP_STATES.contains(es.get(i)[1])
                    && !tlsMessages(es.get(i)[1])
                    && !NAMES.contains(es.get(i)[1])
                    && !(es.get(i)[0].endsWith(" cell") && laneIds.contains(es.get(i)[1]))) {
                untranslated.add(en.get(i)[0] + ": " + cut(es.get(i)[1]));
            }
        }
        untranslated.addAll(catalogueWords(lesson));
        assertEquals(List.of(), untranslated, id + ": texts still in English in Spanish");
    }

    private static List<String> catalogueWords(Lesson<?> lesson) {
        List<String> same = new ArrayList<>();
        if (lesson.title(SPANISH).equals(lesson.title(Locale.ENGLISH)) && !englishWords(lesson.title()).isEmpty()) {
            same.add("title: " + lesson.title());
        }
        if (lesson.summary(SPANISH).equals(lesson.summary(Locale.ENGLISH))) {
            same.add("summary: " + cut(lesson.summary()));
        }
        List<ParameterSpec> en = lesson.schema(Locale.ENGLISH).parameters();
        List<ParameterSpec> es = lesson.schema(SPANISH).parameters();
        for (int i = 0; i < en.size(); i++) {
            if (en.get(i).description().equals(es.get(i).description()) && !en.get(i).description().isEmpty()) {
                same.add("parameter " + en.get(i).key() + ": " + cut(en.get(i).description()));
            }
        }
        return same;
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void aLessonListedAsNotYetTranslatedIsIndeedInEnglish(String id) {
        if (!NOT_YET_TRANSLATED.contains(id)) {
            return;
        }
        Lesson<?> lesson = CATALOG.find(id).orElseThrow();
        assertEquals(lesson.summary(Locale.ENGLISH), lesson.summary(SPANISH),
                id + " is translated: remove it from NOT_YET_TRANSLATED");
    }

    @org.junit.jupiter.api.Test
    void everyListedLessonExists() {
        assertEquals(List.of(), NOT_YET_TRANSLATED.stream().filter(id -> CATALOG.find(id).isEmpty()).sorted().toList());
    }

    @org.junit.jupiter.api.Test
    void theCheckSeesEnglishButNotNeutralText() {
        assertEquals(List.of("the", "server"), englishWords("The server's SYN-ACK"));
        assertEquals(List.of(), englishWords("SYN-ACK, RFC 9293 §3.5, 64 KiB"));
        assertNotEquals(List.of(), englishWords("Window scaling"));
        assertEquals(List.of(), englishWords("304 Not Modified, www /login?next=/cart"));
        assertEquals(List.of("the", "is", "not"), englishWords("The 304 Not Modified is not /cached"));
        assertEquals(List.of(), englishWords("DATA END_STREAM, TIME-WAIT"));
        assertEquals(List.of(), englishWords("sec-fetch-site: none"));
        assertEquals(List.of(), englishWords("Handshake"));
        assertEquals(List.of(), englishWords("<p>Invoice 1042: please pay 120.00 EUR to NL91 ABNA 0417 1643 00</p>"));
        assertEquals(List.of("to", "the"), englishWords("Pay <b>to</b> the router"));
        assertEquals(List.of("handshake"), englishWords("Handshake done"));
        assertEquals(List.of("the", "server", "none"), englishWords("The server: none"));
        assertEquals(List.of("the", "data", "stream"), englishWords("The Data stream"));
        assertEquals(List.of(), englishWords("Application Data (23), 53 bytes"));
        assertEquals(List.of(), englishWords("handshake (22), 517 bytes"));
        assertEquals(List.of("data", "sent"), englishWords("Application Data sent"));
        assertEquals(true, tlsMessages("EncryptedExtensions, Certificate, CertificateVerify, Finished"));
        assertEquals(false, tlsMessages("Certificate, the server's"));
    }

    private static String cut(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }
}
