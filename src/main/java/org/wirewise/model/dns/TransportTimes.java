package org.wirewise.model.dns;

import java.util.List;
import java.util.Optional;
import org.wirewise.model.tls.HandshakeType;

/**
 * What one transport cost, measured from its packets: each answer from the moment the question was asked to the
 * arrival of the packet carrying it, and for the first, its parts (TCP's handshake: SYN sent to SYN-ACK arrived;
 * TLS's: ClientHello sent to the server's Finished arrived; the query itself: sent to answered). Zero where a
 * transport has no such part (UDP has no handshake).
 */
public record TransportTimes(DnsTransport transport, long first, long second, long tcp, long tls, long query) {

    /** Measures {@code t} from the readings of the run's packets and the times its questions were asked. */
    static TransportTimes measure(DnsTransport t, List<WireReading> readings, List<EncryptedDnsRun.Asked> asked) {
        List<WireReading> mine = readings.stream().filter(r -> r.transport() == t).toList();
        List<EncryptedDnsRun.Asked> questions = asked.stream().filter(a -> a.transport() == t).toList();
        long[] answered = new long[2];
        long firstQuerySent = 0;
        for (int i = 0; i < 2; i++) {
            EncryptedDnsRun.Asked a = questions.get(i);
            answered[i] = carrying(mine, a, true).map(r -> r.wire().arrival()).orElseThrow() - a.askedAt();
            if (i == 0) {
                firstQuerySent = carrying(mine, a, false).map(r -> r.wire().sent()).orElseThrow();
            }
        }
        long tcp = span(mine, r -> r.seen().flags().equals("SYN"), r -> r.seen().flags().equals("SYN, ACK"));
        long tls = span(mine, r -> r.handshake().contains(HandshakeType.CLIENT_HELLO),
                r -> !r.wire().toServer() && r.handshake().contains(HandshakeType.FINISHED));
        long answerArrived = questions.get(0).askedAt() + answered[0];
        return new TransportTimes(t, answered[0], answered[1], tcp, tls, answerArrived - firstQuerySent);
    }

    /** The first packet after {@code a} was asked carrying its answer (or its query): the same name may be asked twice. */
    private static Optional<WireReading> carrying(List<WireReading> mine, EncryptedDnsRun.Asked a, boolean answer) {
        return mine.stream().filter(r -> r.wire().sent() >= a.askedAt() && r.dns().stream().anyMatch(m ->
                m.response() == answer && m.question().equals(a.question()))).findFirst();
    }

    private static long span(List<WireReading> mine, java.util.function.Predicate<WireReading> from,
                             java.util.function.Predicate<WireReading> to) {
        Optional<WireReading> a = mine.stream().filter(from).findFirst();
        Optional<WireReading> b = mine.stream().filter(to).findFirst();
        return a.isPresent() && b.isPresent() ? b.get().wire().arrival() - a.get().wire().sent() : 0;
    }
}
