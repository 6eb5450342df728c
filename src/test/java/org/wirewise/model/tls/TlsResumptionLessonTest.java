package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.trace.Step;
import org.wirewise.testing.Tshark;

/** The resumption lesson: what crosses the wire on each connection, the spans measured on it, and tshark's reading of it. */
class TlsResumptionLessonTest {

    @TempDir
    Path dir;

    private static Trace run(String policy, boolean replay) {
        return TlsResumptionSimulator.simulate(new TlsResumptionScenario(40, 1, policy, replay));
    }

    private static List<String> labels(Trace t, String from) {
        return t.packets().stream().filter(p -> p.from().equals(from)).map(TracePacket::label).toList();
    }

    @Test
    void theResumedConnectionSendsNoCertificateAndItsGetArrivesOneRttSooner() {
        Trace t = run("accept every 0-RTT", false);
        List<String> fromServer = labels(t, TlsResumptionSimulator.SERVER);
        assertThat(fromServer).containsSubsequence("ServerHello + EncryptedExtensions, Certificate, CertificateVerify, Finished",
                "ServerHello + EncryptedExtensions, Finished");
        assertThat(labels(t, TlsResumptionSimulator.CLIENT)).contains("ClientHello + GET /account/orders HTTP/1.1",
                "EndOfEarlyData + Finished");
        Step last = t.steps().get(t.steps().size() - 1);
        assertThat(last.narration()).contains("(2.5 RTT)", "(1.5 RTT)");
        assertThat(last.snapshot().measurements()).extracting(Measurement::label).isNotEmpty();
        // The first connection's TCP round trip, measured on its SYN and SYN-ACK, is the scenario's 40 ms.
        TracePacket syn = t.packets().get(0);
        TracePacket synAck = t.packets().get(1);
        assertThat(synAck.arrivesAt() - syn.sentAt()).isBetween(40_000_000L, 40_300_000L);
    }

    @Test
    void everyConnectionKeyLogIncludesTheEarlyTrafficSecretOfTheResumedOne() {
        Trace t = run("accept every 0-RTT", false);
        assertThat(t.secrets()).extracting(SessionSecret::label).containsOnlyOnce("CLIENT_EARLY_TRAFFIC_SECRET")
                .contains("CLIENT_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0");
    }

    @Test
    void tsharkDecryptsTheEarlyDataWithTheKeyLogTheCaptureCarries() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = run("accept every 0-RTT", true);
        Path capture = Tshark.export(t, TlsResumptionSimulator.SERVER, dir);
        List<String> requests = Tshark.asOpened(capture, "http.request.method", "http.request.uri").stream()
                .map(r -> String.join(" ", r).trim()).filter(x -> !x.isEmpty()).toList();
        // Connection 1's GET after the handshake, connection 2's in its early data, and the attacker's copy of it.
        assertThat(requests).containsExactly("GET /account/orders", "GET /account/orders", "GET /account/orders");
        List<String> handshake = Tshark.asOpened(capture, "tls.handshake.type").stream().map(r -> r[0]).filter(x -> !x.isEmpty()).toList();
        assertThat(handshake).contains("2,8,11,15,20", "2,8,20", "5,20");
    }

    @Test
    void withoutAntiReplayTheAttackersCopyIsServedAgain() {
        Trace t = run("accept every 0-RTT", true);
        assertThat(labels(t, TlsResumptionSimulator.SERVER)).contains("replay: HTTP/1.1 200 OK");
        assertThat(t.steps().get(t.steps().size() - 1).title()).isEqualTo("The replayed GET was served again");
    }

    @Test
    void aReplayHalfAMinuteLaterFailsTheFreshnessCheckAndIsNotServedEvenWhenEveryZeroRttIsAccepted() {
        Trace late = TlsResumptionSimulator.simulate(new TlsResumptionScenario(40, 1, "accept every 0-RTT", true, 30));
        assertThat(labels(late, TlsResumptionSimulator.SERVER)).noneMatch(l -> l.startsWith("replay: HTTP/1.1 200"));
        assertThat(late.steps()).anyMatch(st -> st.narration().contains("outside its 10 s window"));
        // The same replay one second later is inside the window, and served.
        Trace soon = TlsResumptionSimulator.simulate(new TlsResumptionScenario(40, 1, "accept every 0-RTT", true, 1));
        assertThat(labels(soon, TlsResumptionSimulator.SERVER)).contains("replay: HTTP/1.1 200 OK");
        assertThat(soon.steps()).noneMatch(st -> st.narration().contains("outside its"));
    }

    @Test
    void singleUseTicketsAnswerTheReplayWithAFullHandshakeAndServeNothing() {
        Trace t = run("single-use tickets", true);
        List<String> toAttacker = t.packets().stream().filter(p -> p.to().equals(TlsResumptionSimulator.ATTACKER))
                .map(TracePacket::label).toList();
        assertThat(toAttacker).contains("replay: ServerHello + EncryptedExtensions, Certificate, CertificateVerify, Finished");
        assertThat(toAttacker).noneMatch(l -> l.contains("200 OK"));
        assertThat(labels(t, TlsResumptionSimulator.ATTACKER)).anyMatch(l -> l.contains("the server cannot open"));
        assertThat(t.steps().get(t.steps().size() - 1).narration()).contains("served the GET 2 times");
    }

    @Test
    void aServerWithoutZeroRttResumesAndTheGetWaitsForTheHandshake() {
        Trace t = run("no 0-RTT", false);
        assertThat(labels(t, TlsResumptionSimulator.SERVER)).contains("ServerHello + EncryptedExtensions, Finished");
        assertThat(t.secrets()).extracting(SessionSecret::label).doesNotContain("CLIENT_EARLY_TRAFFIC_SECRET");
        assertThat(t.steps().get(t.steps().size() - 1).narration()).contains("(2.5 RTT)").doesNotContain("(1.5 RTT)");
    }
}
