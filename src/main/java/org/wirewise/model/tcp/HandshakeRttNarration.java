package org.wirewise.model.tcp;

import org.wirewise.model.transport.HandshakeRtt;
import org.wirewise.model.transport.RtoEstimator;
import org.wirewise.model.transport.TcpEndpoint;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * What a client's RTO is once its SYN is acknowledged, and which rule made it so: a plain
 * sample, a timestamp echo after a lost SYN, or Karn's rule and the 3 s re-initialisation.
 * Every number comes from the endpoint's own estimator.
 */
public final class HandshakeRttNarration {

    private final Texts texts;
    private final TcpUnits units;

    /** Its words in {@code language}, from the TCP lessons' shared {@code tcp-connection.properties}. */
    HandshakeRttNarration(Locale language) {
        this.texts = Texts.of(TcpRig.CONNECTION_TEXTS, language);
        this.units = new TcpUnits(texts.language());
    }

    /** The sentence in English. */
    public static String of(TcpEndpoint ep) {
        return new HandshakeRttNarration(Locale.ENGLISH).sentence(ep);
    }

    String sentence(TcpEndpoint ep) {
        RtoEstimator rto = ep.rtoEstimator();
        HandshakeRtt how = ep.handshakeRtt();
        if (how == HandshakeRtt.FALLBACK) {
            return texts.get("rtt.fallback", units.seconds(rto.rto()), initialWindow(ep));
        }
        String formula = texts.get("rtt.formula", units.seconds(rto.minRto()), units.fixed(rto.srtt() / 1e6, 1),
                units.fixed(rto.rttvar() / 1e6, 1), units.seconds(rto.rto()));
        if (how == HandshakeRtt.TIMESTAMP_ECHO) {
            return texts.get("rtt.echo", formula, initialWindow(ep));
        }
        return texts.get("rtt.measured", formula);
    }

    static List<String> references(TcpEndpoint ep) {
        return switch (ep.handshakeRtt() == null ? HandshakeRtt.MEASURED : ep.handshakeRtt()) {
            case FALLBACK -> List.of("RFC 9293 §3.5", "RFC 6298 §3", "RFC 6298 §5.7");
            case TIMESTAMP_ECHO -> List.of("RFC 9293 §3.5", "RFC 7323 §4", "RFC 6298 §2.2");
            case MEASURED -> List.of("RFC 9293 §3.5", "RFC 6298 §2.2");
        };
    }

    private String initialWindow(TcpEndpoint ep) {
        long segments = ep.congestionWindow() / ep.sendMss();
        return texts.get(segments == 1 ? "rtt.window.one" : "rtt.window.many", Long.toString(segments));
    }
}
