package org.wirewise.model.http.h3;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.PacketType;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.quic.QuicPacket;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * Every sentence of the HTTP/3 over QUIC lesson in one language ({@code http3-quic.properties} and its
 * translations); numbers come from the run. Packet types, frame names and packet labels are wire
 * notation and stay as sent.
 */
final class QuicLessonNarration {

    private final QuicLessonScenario s;
    private final Texts texts;
    private final Units units;

    QuicLessonNarration(QuicLessonScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of("org.wirewise.model.http.h3.http3-quic", language);
        this.units = new Units(texts.language());
    }

    String phoneLane() {
        return texts.get("lane.phone");
    }

    String phoneAddresses() {
        return QuicLessonSimulator.WIFI_ADDRESS + " / " + QuicLessonSimulator.CELLULAR_ADDRESS;
    }

    String serverLane() {
        return texts.get("lane.server");
    }

    /** The packets of a datagram, as Wireshark's Info column would list them. */
    String label(QuicConnection.Datagram d) {
        return d.packets().stream().map(p -> p.type().label() + " " + p.packetNumber() + ": " + frames(p))
                .collect(Collectors.joining(" · "));
    }

    private static String frames(QuicPacket p) {
        return p.frames().stream().filter(f -> !(f instanceof Frame.Padding)).map(f -> f.describe().split(" ")[0])
                .distinct().collect(Collectors.joining(", "));
    }

    String ms(long nanos) {
        return nanos < 0 ? "—" : units.fixed(nanos / 1e6, 1) + " ms";
    }

    String waiting() {
        return texts.get("waiting");
    }

    String notYet() {
        return texts.get("notYet");
    }

    String introTitle() {
        return texts.get("step.intro");
    }

    String intro() {
        return texts.get("intro", Integer.toString(s.assets()), ms(Math.round(s.rttMs() * 1e6)));
    }

    List<String> introReferences() {
        return List.of("RFC 9000 §1", "RFC 9001 §3", "RFC 9114 §1");
    }

    String initialTitle() {
        return texts.get("step.initial");
    }

    String initial(QuicLessonSteps.Seen x) {
        QuicPacket p = x.datagram().packets().get(0);
        return texts.get("initial", Integer.toString(x.datagram().bytes().length), Integer.toString(p.dcid().length),
                Long.toString(p.packetNumber()));
    }

    List<String> initialReferences() {
        return List.of("RFC 9000 §17.2.2", "RFC 9000 §14.1", "RFC 9001 §5.2", "RFC 9001 §8.2");
    }

    String flightTitle() {
        return texts.get("step.flight");
    }

    String flight(QuicLessonSteps.Seen x) {
        return texts.get("flight", Integer.toString(x.datagram().packets().size()));
    }

    List<String> flightReferences() {
        return List.of("RFC 9000 §12.2", "RFC 9000 §12.3", "RFC 9000 §7.2", "RFC 9001 §4");
    }

    String requestsTitle() {
        return texts.get("step.requests");
    }

    String requests(long quicNanos, long tcpTlsNanos) {
        return tcpTlsNanos < 0 ? texts.get("requests", ms(quicNanos)) : texts.get("requests.compared", ms(quicNanos), ms(tcpTlsNanos));
    }

    List<String> requestsReferences() {
        return List.of("RFC 9000 §7", "RFC 9114 §4.1", "RFC 9204 §4.5", "RFC 9001 §4.1.1");
    }

    String requestSpan() {
        return texts.get("span.request");
    }

    String doneTitle() {
        return texts.get("step.done");
    }

    String done() {
        return texts.get("done");
    }

    List<String> doneReferences() {
        return List.of("RFC 9001 §4.1.2", "RFC 9001 §4.9", "RFC 9000 §19.20");
    }

    String lostTitle() {
        return texts.get("step.lost");
    }

    String lost(QuicLessonSteps.Seen x, List<Long> streams) {
        return texts.get("lost", and(streams));
    }

    List<String> lostReferences() {
        return List.of("RFC 9000 §2.2", "RFC 9114 §1");
    }

    String gapTitle() {
        return texts.get("step.gap");
    }

    String gap(List<Frame.Ack> acks) {
        return texts.get("gap", and(acks.get(0).ranges()));
    }

    List<String> gapReferences() {
        return List.of("RFC 9000 §19.3", "RFC 9000 §12.3", "RFC 9002 §5");
    }

    String resendTitle() {
        return texts.get("step.resend");
    }

    String resend(QuicLessonSteps.Seen lost, QuicLessonSteps.Seen x, List<Long> streams) {
        long oldNumber = lost.datagram().packets().get(0).packetNumber();
        long newNumber = x.datagram().packets().get(0).packetNumber();
        return texts.get("resend", Long.toString(oldNumber), Long.toString(newNumber), and(streams));
    }

    List<String> resendReferences() {
        return List.of("RFC 9002 §6.1.1", "RFC 9000 §13.3");
    }

    String moveTitle() {
        return texts.get("step.move");
    }

    String move(QuicLessonSteps.Seen x) {
        return texts.get("move", QuicLessonSimulator.CELLULAR_ADDRESS);
    }

    List<String> moveReferences() {
        return List.of("RFC 9000 §9.2", "RFC 9000 §9.5", "RFC 9000 §8.2");
    }

    String followTitle() {
        return texts.get("step.follow");
    }

    String follow() {
        return texts.get("follow");
    }

    List<String> followReferences() {
        return List.of("RFC 9000 §9.3", "RFC 9000 §9.4", "RFC 9000 §8.2.2");
    }

    String validatedTitle() {
        return texts.get("step.validated");
    }

    String validated(QuicConnection client) {
        return texts.get("validated");
    }

    List<String> validatedReferences() {
        return List.of("RFC 9000 §8.2.3", "RFC 9000 §9");
    }

    String zeroRttTitle() {
        return texts.get("step.zeroRtt");
    }

    String zeroRtt(QuicLessonSteps.Seen x, long afterClose) {
        QuicPacket early = x.datagram().packets().stream().filter(p -> p.type() == PacketType.ZERO_RTT).findFirst().orElseThrow();
        return texts.get("zeroRtt", ms(afterClose), Integer.toString(x.datagram().bytes().length),
                Long.toString(early.packetNumber()));
    }

    List<String> zeroRttReferences() {
        return List.of("RFC 9001 §4.6.1", "RFC 9000 §17.2.3", "RFC 9000 §7.4.1", "RFC 8446 §8", "RFC 9001 §9.2");
    }

    String halfRttTitle() {
        return texts.get("step.halfRtt");
    }

    String halfRtt(QuicLessonSteps.Seen x, boolean accepted, int answerBytes) {
        return accepted ? texts.get("halfRtt", Integer.toString(answerBytes)) : texts.get("halfRtt.refused");
    }

    List<String> halfRttReferences() {
        return List.of("RFC 8446 §4.2.10", "RFC 9001 §4.6.2", "RFC 8446 §4.4.4", "RFC 9000 §8.1");
    }

    String savedTitle() {
        return texts.get("step.saved");
    }

    String saved(QuicLessonSteps.Resumed r, long freshFirstByte, int firstFlightBytes) {
        long resumedFirstByte = r.timing().firstByteAt() - r.startedAt();
        return texts.get("saved", ms(resumedFirstByte), ms(freshFirstByte), ms(freshFirstByte - resumedFirstByte),
                ms(Math.round(s.rttMs() * 1e6)), Integer.toString(firstFlightBytes), Long.toString(r.bytes()),
                ms(r.timing().completeAt() - r.startedAt()));
    }

    List<String> savedReferences() {
        return List.of("RFC 9001 §4.6", "RFC 8446 §2.3");
    }

    String resumedSpan() {
        return texts.get("span.resumed");
    }

    String resumedStream() {
        return texts.get("stream.resumed");
    }

    String summaryTitle() {
        return texts.get("step.summary");
    }

    String summary(List<RequestTiming> timings, QuicLessonSteps.Seen initial, QuicLessonSteps.Seen requests, long tcpTls,
                   List<Long> stalled, QuicLessonSteps.Resumed resumed) {
        List<String> sentences = new ArrayList<>();
        if (initial != null && requests != null) {
            sentences.add(texts.get("summary.first", ms(requests.sentAt() - initial.sentAt()),
                    tcpTls >= 0 ? " (TCP + TLS 1.3: " + ms(tcpTls) + ")" : ""));
        }
        for (int i = 0; i < timings.size(); i++) {
            RequestTiming t = timings.get(i);
            sentences.add(texts.get(stalled.contains((long) 4 * i) ? "summary.streamStalled" : "summary.stream",
                    Integer.toString(4 * i), t.target(), ms(t.completeAt())));
        }
        if (resumed != null && resumed.timing().firstByteAt() >= 0) {
            sentences.add(texts.get("summary.resumed", ms(resumed.timing().firstByteAt() - resumed.startedAt())));
        }
        return texts.get("summary", String.join(" ", sentences)).trim();
    }

    List<String> summaryReferences() {
        return List.of("RFC 9000", "RFC 9001", "RFC 9002", "RFC 9114");
    }

    String packetsTitle(QuicLessonSteps.Seen x) {
        return texts.get("table.packets", Integer.toString(x.datagram().bytes().length));
    }

    List<String> packetColumns() {
        return List.of(texts.get("table.packets.packet"), texts.get("table.packets.number"), texts.get("table.packets.frames"));
    }

    String requestsTableTitle() {
        return texts.get("table.requests");
    }

    List<String> requestColumns() {
        return List.of(texts.get("table.requests.stream"), texts.get("table.requests.request"),
                texts.get("table.requests.sent"), texts.get("table.requests.complete"));
    }

    /** Items joined as the language joins a list: "4 and 8". */
    private String and(List<?> items) {
        return items.stream().map(String::valueOf).reduce((a, b) -> texts.get("and", a, b)).orElse("");
    }
}
