package org.wirewise.model.tcp;

import org.wirewise.model.transport.HandshakeRtt;
import org.wirewise.model.transport.RtoEstimator;
import org.wirewise.model.transport.TcpEndpoint;
import java.util.List;
import java.util.Locale;

/**
 * What a client's RTO is once its SYN is acknowledged, and which rule made it so: a plain
 * sample, a timestamp echo after a lost SYN, or Karn's rule and the 3 s re-initialisation.
 * Every number comes from the endpoint's own estimator.
 */
public final class HandshakeRttNarration {

    private HandshakeRttNarration() {
    }

    public static String of(TcpEndpoint ep) {
        RtoEstimator rto = ep.rtoEstimator();
        HandshakeRtt how = ep.handshakeRtt();
        if (how == HandshakeRtt.FALLBACK) {
            return "Its SYN was sent more than once and, without timestamps, nothing says which copy this "
                    + "answers, so by Karn's rule it gives no RTT sample (RFC 6298 §3). The backed-off timeout "
                    + "would stand (§5.5); as data begins the RTO is re-initialised to "
                    + TcpRig.seconds(rto.rto()) + " (§5.7), as Linux does when the handshake gave no sample "
                    + "(TCP_TIMEOUT_FALLBACK)." + initialWindow(ep);
        }
        String formula = String.format(Locale.ROOT, "max(%s, SRTT + 4·RTTVAR = %.1f + 4·%.1f ms) = %s",
                TcpRig.seconds(rto.minRto()), rto.srtt() / 1e6, rto.rttvar() / 1e6,
                TcpRig.seconds(rto.rto()));
        if (how == HandshakeRtt.TIMESTAMP_ECHO) {
            return "Its SYN was sent more than once, which Karn's rule alone would leave unmeasured (RFC 6298 "
                    + "§3); but the SYN-ACK echoes the timestamp of the copy that got through, so the round "
                    + "trip is a valid sample (RFC 7323 §4), as Linux takes it. The back-off is dropped and "
                    + "the RTO becomes " + formula + " (RFC 6298 §2.2, §2.4)." + initialWindow(ep);
        }
        return "The round trip it took is the client's first RTT sample, so its RTO becomes " + formula
                + " (RFC 6298 §2.2, §2.4).";
    }

    static List<String> references(TcpEndpoint ep) {
        return switch (ep.handshakeRtt() == null ? HandshakeRtt.MEASURED : ep.handshakeRtt()) {
            case FALLBACK -> List.of("RFC 9293 §3.5", "RFC 6298 §3", "RFC 6298 §5.7");
            case TIMESTAMP_ECHO -> List.of("RFC 9293 §3.5", "RFC 7323 §4", "RFC 6298 §2.2");
            case MEASURED -> List.of("RFC 9293 §3.5", "RFC 6298 §2.2");
        };
    }

    private static String initialWindow(TcpEndpoint ep) {
        long segments = ep.congestionWindow() / ep.sendMss();
        return " Its congestion window starts at " + segments + (segments == 1
                ? " segment: after more than one lost SYN Linux starts with one (RFC 5681 §3.1)."
                : " segments (RFC 6928); Linux drops to one only after more than one lost SYN.");
    }
}
