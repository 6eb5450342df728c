package org.wirewise.model.http;

/**
 * Parameters of the HTTP/1.1 basics lesson.
 *
 * @param framing how the origin frames its pages: with a Content-Length, or in chunks
 * @param chunkSize bytes per chunk when chunked
 * @param rttMs   the round trip between the client and the servers
 * @param seed    seeds TCP's sequence numbers and ports
 */
public record HttpBasicsScenario(Framing framing, int chunkSize, double rttMs, long seed) {

    public enum Framing { CONTENT_LENGTH, CHUNKED }

    public static final HttpBasicsScenario DEFAULTS = new HttpBasicsScenario(Framing.CONTENT_LENGTH, 256, 40, 1);
}
