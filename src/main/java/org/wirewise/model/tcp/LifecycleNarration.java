package org.wirewise.model.tcp;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the tcp-lifecycle lesson shows, in one language
 * ({@code tcp-lifecycle.properties} and its translations); the numbers come from the endpoints and
 * arrive here as text that is never grouped (ports, sequence numbers, byte counts as the English printed them).
 */
final class LifecycleNarration {

    private final Texts texts;
    private final TcpUnits units;
    private final HandshakeRttNarration rtt;

    LifecycleNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.tcp.tcp-lifecycle", language);
        this.units = new TcpUnits(texts.language());
        this.rtt = new HandshakeRttNarration(texts.language());
    }

    /** The text under {@code key} with {@code args} (already formatted) filled in. */
    String say(String key, String... args) {
        return texts.get(key, (Object[]) args);
    }

    /** A side as a sentence's subject begins: "Client", "Server". */
    String capitalised(TcpRig.Side side) {
        return texts.get("Who." + side.lane());
    }

    String seconds(long nanos) {
        return units.seconds(nanos);
    }

    /** How the client's RTO was set once its SYN was acknowledged. */
    String handshakeRtt(org.wirewise.model.transport.TcpEndpoint client) {
        return rtt.sentence(client);
    }
}
