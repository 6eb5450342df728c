package org.wirewise.model.http.h3;

/**
 * Parameters of the HTTP/3 over QUIC lesson.
 *
 * @param rttMs              round-trip time between the phone and the server
 * @param assets             requests after the page, each on its own stream
 * @param loseAnswerPacket   lose the first datagram that carries answer bytes, to show one stream waiting alone
 * @param migrate            the phone leaves Wi-Fi for cellular after the page and fetches once more
 * @param resume             the phone closes the connection, then a second one resumes with its ticket and sends the page's request in 0-RTT
 * @param seed               seeds every random byte: connection IDs, TLS randoms, key shares, certificates
 */
public record QuicLessonScenario(double rttMs, int assets, boolean loseAnswerPacket, boolean migrate, boolean resume, long seed) {

    public static final QuicLessonScenario DEFAULTS = new QuicLessonScenario(40, 3, true, true, true, 1);
}
