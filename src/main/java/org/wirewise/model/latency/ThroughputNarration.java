package org.wirewise.model.latency;

import java.util.List;
import java.util.Locale;

/**
 * Every sentence and label the bandwidth-throughput lesson shows, in one language
 * ({@code bandwidth-throughput.properties} and its translations); the numbers come from the run.
 */
final class ThroughputNarration extends LatencyNarration {

    ThroughputNarration(Locale language) {
        super("bandwidth-throughput", language);
    }

    String mbps(double bps) {
        return units.mbps(bps);
    }

    String grouped(long n) {
        return units.units().grouped(n);
    }

    String example(long atFull, long atEffective, long withLatency, ThroughputScenario s, long bps) {
        return texts.get("example", t(atFull), t(atEffective), t(withLatency), Long.toString(s.transferKB()), rate(bps),
                t(Math.round(s.rttMs() * 1e6)));
    }

    String handshake(long firstData, long rtt) {
        return texts.get("handshake", t(firstData), units.units().fixed((double) firstData / rtt, 1));
    }

    String firstFlight(int segments, long rtt) {
        return texts.get("firstFlight", Integer.toString(segments), t(rtt));
    }

    String headers(int payload, int wire) {
        return texts.get("headers", Integer.toString(payload), Integer.toString(wire),
                units.percent((double) payload / wire));
    }

    String acks(int frames, long bytes, int dataFrames, double returnShare) {
        return texts.get("acks", Integer.toString(frames), grouped(bytes), units.units().percent(returnShare, 1),
                Integer.toString(dataFrames));
    }

    String rounds(List<Integer> rounds, long bdpBytes) {
        return texts.get("rounds", rounds.toString().replaceAll("[\\[\\]]", ""), grouped(bdpBytes));
    }

    String loss(int lost, long retransmitted, double lossPercent) {
        if (lost == 0) {
            return texts.get("loss.none", lossPercent > 0 ? texts.get("loss.luck", units.plain(lossPercent)) : "");
        }
        return texts.get(lost == 1 ? "loss.one" : "loss.many", Integer.toString(lost), grouped(retransmitted));
    }

    String summary(TransferAccount a, long bps, long ideal) {
        return texts.get("summary", t(a.duration()), t(ideal), mbps(a.throughputBps()), rate(bps),
                units.percent(a.throughputBps() / bps));
    }
}
