package org.wirewise.lesson.tls;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tls.TlsResumptionScenario;
import org.wirewise.model.tls.TlsResumptionSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** TLS 1.3 resumption: a ticket from a full handshake, a PSK handshake without certificate, 0-RTT data and its replay. */
public final class TlsResumptionLesson implements Lesson<TlsResumptionScenario> {

    private static final ScenarioSchema<TlsResumptionScenario> SCHEMA = new ScenarioSchema<>(TlsResumptionScenario.class,
            TlsResumptionScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 1, 1000,
                    "Round-trip time between client and server: 0-RTT saves one of them on the second connection."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds every random byte: ports, sequence numbers, randoms, key shares, the ticket and the certificates."),
            ParameterSpec.choice("policy", "Server's 0-RTT policy", TlsResumptionScenario.POLICIES,
                    "no 0-RTT: tickets resume but early data is refused; accept every 0-RTT: early data is read each time "
                            + "a ticket comes back, replays included; single-use tickets: a ticket resumes once (RFC 8446 §8.1)."),
            ParameterSpec.bool("replay", "Attacker replays the first flight",
                    "An attacker copies the resumed connection's ClientHello and early data and sends them again."),
            ParameterSpec.decimal("replayAfterS", "Replay comes after", "s", 0.1, 120,
                    "How long after the resumed connection the attacker replays it. The server's freshness check "
                            + "(RFC 8446 §8.3) compares the ticket age in the ClientHello with its own clock and refuses "
                            + "0-RTT outside a 10 s window; inside it, only single-use tickets stop the replay.")));

    @Override
    public String id() {
        return TlsResumptionSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "TLS resumption and 0-RTT";
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public String summary() {
        return "A ticket from the first handshake lets the second skip the certificate and send its request in the first "
                + "flight, one round trip sooner; and why that early request can be replayed.";
    }

    @Override
    public ScenarioSchema<TlsResumptionScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(TlsResumptionScenario scenario) {
        return TlsResumptionSimulator.simulate(scenario);
    }
}
