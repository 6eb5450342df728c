package org.wirewise.model.https;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

/** https-why: in the clear the router's one-byte change reaches the client unnoticed; inside TLS it ends the connection. */
class HttpsWhyLessonTest {

    private static final Trace TAMPERED = HttpsWhySimulator.simulate(HttpsWhyScenario.DEFAULTS);
    private static final Trace READ_ONLY = HttpsWhySimulator.simulate(new HttpsWhyScenario(40, 1, false));

    @TempDir
    Path dir;

    private static TcpSegment segment(TracePacket p) {
        byte[] ip = EthernetFrame.decode(p.frame()).payload();
        byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
        return TcpSegment.decode(tcp, 0, tcp.length);
    }

    /** The payload of the first frame from {@code from} to {@code to} on {@code port} that carries one. */
    private static byte[] payload(Trace t, String from, String to, int port, int nth) {
        return t.packets().stream().filter(p -> p.from().equals(from) && p.to().equals(to))
                .map(HttpsWhyLessonTest::segment).filter(s -> s.sourcePort() == port && s.payloadLength() > 0)
                .skip(nth).findFirst().orElseThrow().payload();
    }

    private static int differences(byte[] a, byte[] b) {
        assertThat(a).hasSameSizeAs(b);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }

    private static List<String> outcome(Trace t) {
        Table ends = t.steps().get(t.steps().size() - 1).snapshot().table(HttpsWhySimulator.ENDS_TABLE).orElseThrow();
        return ends.rows().stream().map(r -> r.cells().get(2)).toList();
    }

    @Test
    void inTheClearTheRouterChangesOneByteAndTheClientShowsTheAlteredAccount() {
        byte[] sent = payload(TAMPERED, HttpsWhySimulator.SERVER, HttpsWhySimulator.ROUTER, HttpsWhySimulator.PLAIN_PORT, 0);
        byte[] got = payload(TAMPERED, HttpsWhySimulator.ROUTER, HttpsWhySimulator.CLIENT, HttpsWhySimulator.PLAIN_PORT, 0);
        assertThat(differences(sent, got)).isEqualTo(1);
        assertThat(new String(sent, StandardCharsets.US_ASCII)).contains("NL91 ABNA 0417 1643 00");
        assertThat(outcome(TAMPERED).get(0)).isEqualTo("NL91 ABNA 0917 1643 00");
        assertThat(TAMPERED.steps()).extracting(Step::title).contains("The client shows NL91 ABNA 0917 1643 00: nothing looks wrong");
    }

    @Test
    void insideTlsTheSameChangeFailsTheTagAndTheClientSendsBadRecordMac() {
        // The server's third TLS segment: after its flight and its NewSessionTicket, the response record.
        byte[] sent = payload(TAMPERED, HttpsWhySimulator.SERVER, HttpsWhySimulator.ROUTER, HttpsWhySimulator.TLS_PORT, 2);
        byte[] got = payload(TAMPERED, HttpsWhySimulator.ROUTER, HttpsWhySimulator.CLIENT, HttpsWhySimulator.TLS_PORT, 2);
        assertThat(differences(sent, got)).isEqualTo(1);
        assertThat(outcome(TAMPERED).get(1)).isEqualTo("nothing: bad_record_mac, connection closed");
        assertThat(TAMPERED.steps()).extracting(Step::title).containsSubsequence("The router changes the same byte of the response record",
                "The client sends bad_record_mac and closes");
    }

    @Test
    void aRouterThatOnlyReadsChangesNothingAndBothPagesArrive() {
        assertThat(outcome(READ_ONLY)).containsExactly("NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00");
    }

    @Test
    void theCookieCrossesTheRouterOnlyInTheClear() {
        byte[] cookie = "Cookie: session=".getBytes(StandardCharsets.US_ASCII);
        List<byte[]> plain = TAMPERED.packets().stream().map(HttpsWhyLessonTest::segment)
                .filter(s -> s.destinationPort() == HttpsWhySimulator.PLAIN_PORT).map(TcpSegment::payload).toList();
        List<byte[]> tls = TAMPERED.packets().stream().map(HttpsWhyLessonTest::segment)
                .filter(s -> s.destinationPort() == HttpsWhySimulator.TLS_PORT).map(TcpSegment::payload).toList();
        assertThat(plain).anyMatch(p -> HttpsWhySimulator.indexOf(p, cookie) >= 0);
        assertThat(tls).noneMatch(p -> HttpsWhySimulator.indexOf(p, cookie) >= 0);
    }

    @Test
    void tsharkReadsThePlainGetAndWithTheKeyLogTheTlsGetAndTheBadRecordMacAlert() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(TAMPERED, HttpsWhySimulator.CLIENT, dir);
        assertThat(Tshark.asOpened(capture, "http.request.method").stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList())
                .containsExactly("GET", "GET");
        // The plain response decodes; the changed TLS record does not decrypt, so only one 200.
        assertThat(Tshark.asOpened(capture, "http.response.code").stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList())
                .containsExactly("200");
        assertThat(Tshark.asOpened(capture, "tls.alert_message.desc").stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList())
                .containsExactly("20");
    }
}
