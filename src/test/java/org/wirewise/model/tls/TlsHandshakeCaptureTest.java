package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/** tshark judges the lesson's capture: it decodes as TLS 1.3 and, with the key log the file carries, decrypts it. */
class TlsHandshakeCaptureTest {

    @TempDir
    Path dir;

    @Test
    void theClientLaneCaptureDecryptsInTsharkWithNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace trace = TlsHandshakeSimulator.simulate(TlsHandshakeScenario.DEFAULTS);
        Path capture = Tshark.export(trace, TlsHandshakeSimulator.CLIENT, dir);
        List<String> handshake = Tshark.asOpened(capture, "tls.handshake.type").stream().map(r -> r[0])
                .filter(s -> !s.isEmpty()).toList();
        // 1 ClientHello, 2 ServerHello, 8 EncryptedExtensions, 11 Certificate, 15 CertificateVerify, 20 Finished, 4 ticket.
        assertThat(handshake).containsExactly("1", "2,8,11,15,20", "20", "4");
        assertThat(Tshark.asOpened(capture, "http.request.method", "http.request.uri", "http.response.code").stream()
                .map(r -> String.join(" ", r).trim()).filter(s -> !s.isEmpty()).toList())
                .containsExactly("GET /", "200");
        assertThat(Tshark.asOpened(capture, "tls.handshake.extensions_server_name").stream().map(r -> r[0])
                .filter(s -> !s.isEmpty()).toList()).containsExactly("shop.example.com");
    }
}
