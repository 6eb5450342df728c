package org.wirewise.model.http.h3;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.PacketType;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.quic.QuicPacket;

/** Every sentence of the HTTP/3 over QUIC lesson; numbers come from the run. */
final class QuicLessonNarration {

    private final QuicLessonScenario s;

    QuicLessonNarration(QuicLessonScenario s) {
        this.s = s;
    }

    String phoneLane() {
        return "Phone";
    }

    String phoneAddresses() {
        return QuicLessonSimulator.WIFI_ADDRESS + " / " + QuicLessonSimulator.CELLULAR_ADDRESS;
    }

    String serverLane() {
        return "Web server";
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
        return nanos < 0 ? "—" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    String waiting() {
        return "waiting";
    }

    String notYet() {
        return "not yet";
    }

    String introTitle() {
        return "HTTP/3 runs over QUIC, and QUIC over UDP";
    }

    String intro() {
        return "A phone loads a page and " + s.assets() + " assets from https://shop.example.com/ over HTTP/3. There is no "
                + "TCP here: QUIC (RFC 9000) gives streams, reliability and congestion control itself, in UDP datagrams to port 443. "
                + "TLS 1.3 still does the handshake, but its messages travel in QUIC CRYPTO frames and its keys protect QUIC "
                + "packets (RFC 9001); every packet after the first ones is encrypted, headers included. The round trip is "
                + ms(Math.round(s.rttMs() * 1e6)) + ".";
    }

    List<String> introReferences() {
        return List.of("RFC 9000 §1", "RFC 9001 §3", "RFC 9114 §1");
    }

    String initialTitle() {
        return "Initial: the ClientHello in a CRYPTO frame, padded to 1200 bytes";
    }

    String initial(QuicLessonSteps.Seen x) {
        QuicPacket p = x.datagram().packets().get(0);
        return "The phone's first datagram is one Initial packet of " + x.datagram().bytes().length + " bytes: a long header "
                + "with version 1, a random Destination Connection ID of " + p.dcid().length + " bytes, packet number "
                + p.packetNumber() + ", then a CRYPTO frame holding the TLS ClientHello (with ALPN h3 and the QUIC transport "
                + "parameters in extension 0x39) and PADDING up to 1200 bytes, so that a server never answers more than three "
                + "times what an unverified address sent. Initial keys come from that connection ID and a published salt: "
                + "anyone can read this packet, which is why Wireshark shows the ClientHello even without the key log.";
    }

    List<String> initialReferences() {
        return List.of("RFC 9000 §17.2.2", "RFC 9000 §14.1", "RFC 9001 §5.2", "RFC 9001 §8.2");
    }

    String flightTitle() {
        return "The server's Initial and Handshake packets, coalesced";
    }

    String flight(QuicLessonSteps.Seen x) {
        return "One datagram carries " + x.datagram().packets().size() + " packets: an Initial with an ACK and the ServerHello, "
                + "then a Handshake packet under the handshake keys that starts the encrypted flight: EncryptedExtensions, the "
                + "certificate chain, CertificateVerify and Finished, in CRYPTO frames cut to fit 1200-byte datagrams. Each encryption level has its own packet number space, so both start at 0. "
                + "The server chose its own connection ID; the phone uses it from now on.";
    }

    List<String> flightReferences() {
        return List.of("RFC 9000 §12.2", "RFC 9000 §12.3", "RFC 9000 §7.2", "RFC 9001 §4");
    }

    String requestsTitle() {
        return "One round trip, and the requests go";
    }

    String requests(long quicNanos, long tcpTlsNanos) {
        String compare = tcpTlsNanos < 0 ? "" : " On the same Wi-Fi path, TCP then TLS 1.3 lets the first request leave only "
                + ms(tcpTlsNanos) + " after the SYN: one round trip for TCP's handshake, one for TLS's.";
        return "The phone's Finished goes in a Handshake packet and, right behind it, short-header 1-RTT packets carry "
                + "the HTTP/3 requests, each on its own bidirectional stream (0, 4, 8...) as a HEADERS frame compressed with "
                + "QPACK. The first request leaves " + ms(quicNanos) + " after the first Initial: one round trip." + compare;
    }

    List<String> requestsReferences() {
        return List.of("RFC 9000 §7", "RFC 9114 §4.1", "RFC 9204 §4.5", "RFC 9001 §4.1.1");
    }

    String requestSpan() {
        return "Initial to first request";
    }

    String doneTitle() {
        return "HANDSHAKE_DONE confirms the handshake";
    }

    String done() {
        return "Having read the phone's Finished, the server sends HANDSHAKE_DONE in a 1-RTT packet. Both sides then discard "
                + "their Handshake keys; the Initial keys went already, when the phone sent its first Handshake packet and "
                + "when the server received one.";
    }

    List<String> doneReferences() {
        return List.of("RFC 9001 §4.1.2", "RFC 9001 §4.9", "RFC 9000 §19.20");
    }

    String lostTitle() {
        return "A packet of the answers is lost";
    }

    String lost(QuicLessonSteps.Seen x, List<Long> streams) {
        return "This datagram never arrives. It carried bytes of stream " + streams.stream().map(String::valueOf).collect(Collectors.joining(" and "))
                + " only. The phone keeps reading every other stream: QUIC orders bytes per stream, so a hole in one stream "
                + "holds up that stream alone, where one TCP connection would hold every HTTP/2 stream behind it.";
    }

    List<String> lostReferences() {
        return List.of("RFC 9000 §2.2", "RFC 9114 §1");
    }

    String gapTitle() {
        return "The ACK shows the gap as ranges";
    }

    String gap(List<Frame.Ack> acks) {
        return "The phone acknowledges packets " + acks.get(0).ranges().stream().map(Object::toString).collect(Collectors.joining(" and "))
                + ": ranges of packet numbers received, largest "
                + "first, with the missing number between them. Packet numbers are never reused, so an acknowledgement is never "
                + "ambiguous, unlike a TCP retransmission that carries the same sequence number.";
    }

    List<String> gapReferences() {
        return List.of("RFC 9000 §19.3", "RFC 9000 §12.3", "RFC 9002 §5");
    }

    String resendTitle() {
        return "The lost bytes go again, in a new packet";
    }

    String resend(QuicLessonSteps.Seen lost, QuicLessonSteps.Seen x, List<Long> streams) {
        long oldNumber = lost.datagram().packets().get(0).packetNumber();
        long newNumber = x.datagram().packets().get(0).packetNumber();
        return "Three later packets were acknowledged, so the server declared packet " + oldNumber + " lost (the packet "
                + "threshold) and sends its stream frames again in packet " + newNumber + ". QUIC retransmits frames, not "
                + "packets: only stream " + streams.stream().map(String::valueOf).collect(Collectors.joining(" and ")) + " waited.";
    }

    List<String> resendReferences() {
        return List.of("RFC 9002 §6.1.1", "RFC 9000 §13.3");
    }

    String moveTitle() {
        return "Off Wi-Fi: the same connection from a new address";
    }

    String move(QuicLessonSteps.Seen x) {
        return "The phone left Wi-Fi and now sends from its cellular address " + QuicLessonSimulator.CELLULAR_ADDRESS
                + " and a new port: a new 4-tuple, which would end a TCP connection. The packet names the server by a new "
                + "connection ID the server gave it in NEW_CONNECTION_ID, so the two paths cannot be linked by an observer, and "
                + "carries a PATH_CHALLENGE with 8 random bytes.";
    }

    List<String> moveReferences() {
        return List.of("RFC 9000 §9.2", "RFC 9000 §9.5", "RFC 9000 §8.2");
    }

    String followTitle() {
        return "The server answers PATH_RESPONSE and checks the path itself";
    }

    String follow() {
        return "The server echoes the 8 bytes in PATH_RESPONSE and sends its own PATH_CHALLENGE to the new address. It moved "
                + "its sending there because a non-probing packet arrived from it, and it starts its congestion window and RTT "
                + "estimate over for the new path.";
    }

    List<String> followReferences() {
        return List.of("RFC 9000 §9.3", "RFC 9000 §9.4", "RFC 9000 §8.2.2");
    }

    String validatedTitle() {
        return "Both ends have validated the new path";
    }

    String validated(QuicConnection client) {
        return "The phone's PATH_RESPONSE completes the check. The connection, its streams and its keys survived the move; "
                + "the request made after it goes over cellular on the same connection.";
    }

    List<String> validatedReferences() {
        return List.of("RFC 9000 §8.2.3", "RFC 9000 §9");
    }

    String zeroRttTitle() {
        return "Resumed: the request rides with the ClientHello, in 0-RTT";
    }

    String zeroRtt(QuicLessonSteps.Seen x, long afterClose) {
        QuicPacket early = x.datagram().packets().stream().filter(p -> p.type() == PacketType.ZERO_RTT).findFirst().orElseThrow();
        return "The phone closed the first connection (CONNECTION_CLOSE, H3_NO_ERROR) and opens a new one " + ms(afterClose)
                + " later, from a new port and with a new connection ID. Its ClientHello offers the ticket the server gave it in a "
                + "NewSessionTicket on the first connection (pre_shared_key) and asks for early_data. The same " + x.datagram().bytes().length
                + "-byte datagram carries a 0-RTT packet: a long header of type 0-RTT, packet number " + early.packetNumber()
                + ", protected with keys from client_early_traffic_secret, holding GET / on stream 0. The phone reuses the server's "
                + "limits from the first connection, as its transport parameters have not arrived yet. 0-RTT is not safe against "
                + "replay: anyone who copies this datagram can make a server run the request again. So only idempotent requests go "
                + "early (a GET here; a POST waits for the handshake), and this server takes each ticket only once.";
    }

    List<String> zeroRttReferences() {
        return List.of("RFC 9001 §4.6.1", "RFC 9000 §17.2.3", "RFC 9000 §7.4.1", "RFC 8446 §8", "RFC 9001 §9.2");
    }

    String halfRttTitle() {
        return "The server accepts 0-RTT and answers before the handshake ends";
    }

    String halfRtt(QuicLessonSteps.Seen x, boolean accepted, int answerBytes) {
        if (!accepted) {
            return "The server did not accept the ticket's early data, so it could not read the 0-RTT packet: the phone sends the "
                    + "request again in 1-RTT once the handshake is done, as on a fresh connection.";
        }
        return "The server knew the ticket, so there is no certificate this time. One datagram carries an Initial with the "
                + "ServerHello, a Handshake packet with EncryptedExtensions saying early_data (it read the 0-RTT packet) and "
                + "Finished, and a 1-RTT packet with the first " + answerBytes + " bytes of the answer, sent before the phone's "
                + "Finished has arrived. Until the phone's Handshake packet proves its address, the server sends at most three "
                + "times the bytes it received from it.";
    }

    List<String> halfRttReferences() {
        return List.of("RFC 8446 §4.2.10", "RFC 9001 §4.6.2", "RFC 8446 §4.4.4", "RFC 9000 §8.1");
    }

    String savedTitle() {
        return "0-RTT saved a round trip, measured";
    }

    String saved(QuicLessonSteps.Resumed r, long freshFirstByte, int firstFlightBytes) {
        long resumedFirstByte = r.timing().firstByteAt() - r.startedAt();
        return "On the resumed connection the first byte of the page arrived " + ms(resumedFirstByte) + " after its first Initial; "
                + "on the fresh connection it took " + ms(freshFirstByte) + ": " + ms(freshFirstByte - resumedFirstByte)
                + " sooner, with a round trip of " + ms(Math.round(s.rttMs() * 1e6)) + ". The server's first round trip carried "
                + firstFlightBytes + " of the page's " + r.bytes() + " bytes; the rest waited for the phone's Handshake "
                + "packet to prove its address, and the whole page arrived " + ms(r.timing().completeAt() - r.startedAt())
                + " after the first Initial. 0-RTT saves most on small answers.";
    }

    List<String> savedReferences() {
        return List.of("RFC 9001 §4.6", "RFC 8446 §2.3");
    }

    String resumedSpan() {
        return "0-RTT answer";
    }

    String resumedStream() {
        return "0 (resumed)";
    }

    String summaryTitle() {
        return "What QUIC changed";
    }

    String summary(List<RequestTiming> timings, QuicLessonSteps.Seen initial, QuicLessonSteps.Seen requests, long tcpTls,
                   List<Long> stalled, QuicLessonSteps.Resumed resumed) {
        StringBuilder b = new StringBuilder("Measured on this run: ");
        if (initial != null && requests != null) {
            b.append("the first request left ").append(ms(requests.sentAt() - initial.sentAt())).append(" after the first packet");
            b.append(tcpTls >= 0 ? " (TCP + TLS 1.3: " + ms(tcpTls) + ")" : "").append(". ");
        }
        for (int i = 0; i < timings.size(); i++) {
            RequestTiming t = timings.get(i);
            b.append("Stream ").append(4 * i).append(' ').append(t.target()).append(" done at ").append(ms(t.completeAt()))
                    .append(stalled.contains((long) 4 * i) ? " (it waited for the retransmission)" : "").append(". ");
        }
        if (resumed != null && resumed.timing().firstByteAt() >= 0) {
            b.append("Resumed with 0-RTT, the page's first byte came ").append(ms(resumed.timing().firstByteAt() - resumed.startedAt()))
                    .append(" after the first Initial.");
        }
        return b.toString().trim();
    }

    List<String> summaryReferences() {
        return List.of("RFC 9000", "RFC 9001", "RFC 9002", "RFC 9114");
    }

    String packetsTitle(QuicLessonSteps.Seen x) {
        return "QUIC packets in this datagram (" + x.datagram().bytes().length + " bytes)";
    }

    List<String> packetColumns() {
        return List.of("Packet", "Number", "Frames");
    }

    String requestsTableTitle() {
        return "Requests, one stream each";
    }

    List<String> requestColumns() {
        return List.of("Stream", "Request", "Sent", "Complete");
    }
}
