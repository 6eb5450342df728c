package org.wirewise.lesson.tls;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tls.TlsHandshakeScenario;
import org.wirewise.model.tls.TlsHandshakeSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The TLS 1.3 full handshake over TCP, or TLS 1.2's with ECDHE, with real cryptography, up to one HTTP request and response. */
public final class TlsHandshakeLesson implements Lesson<TlsHandshakeScenario> {

    private static final ScenarioSchema<TlsHandshakeScenario> SCHEMA = new ScenarioSchema<>(TlsHandshakeScenario.class,
            TlsHandshakeScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 1, 1000,
                    "Round-trip time between client and server: each handshake costs whole round trips of it."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds every random byte: TCP's sequence numbers and port, the TLS randoms, the x25519 key shares and "
                            + "the certificates. The same seed always gives the same bytes."),
            ParameterSpec.text("serverName", "Server name", 253,
                    "The host name the client asks for (SNI) and checks the certificate against. The certificate is "
                            + "for shop.example.com and www.shop.example.com; any other name is refused."),
            ParameterSpec.bool("observerView", "What an on-path observer sees",
                    "Show each record as the wire shows it (encrypted records are opaque application data) instead of "
                            + "what the endpoints decrypt."),
            ParameterSpec.choice("version", "TLS version", TlsHandshakeScenario.VERSIONS,
                    "TLS 1.3 (RFC 8446) needs one round trip and encrypts the certificate; TLS 1.2 (RFC 5246 with ECDHE, "
                            + "RFC 8422) needs two and sends the certificate in the clear. Compare A/B to see both.")));

    @Override
    public String id() {
        return TlsHandshakeSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "TLS 1.3 and 1.2";
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public String summary() {
        return "ClientHello, ServerHello and an encrypted flight: how TLS 1.3 agrees on keys, proves the server's "
                + "identity and encrypts everything after ServerHello, in one round trip on top of TCP's; and TLS 1.2's "
                + "two round trips, its certificate in the clear.";
    }

    @Override
    public ScenarioSchema<TlsHandshakeScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(TlsHandshakeScenario scenario) {
        return TlsHandshakeSimulator.simulate(scenario);
    }
}
