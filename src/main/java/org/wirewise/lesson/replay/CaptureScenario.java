package org.wirewise.lesson.replay;

/**
 * Which capture to replay and which of its conversations.
 *
 * @param file         the .pcap or .pcapng file
 * @param conversation the conversation's number in the capture's list, from 1
 * @param intervalMs   the throughput graph's interval in milliseconds, 0 to choose one for the
 *                     conversation's length
 */
public record CaptureScenario(String file, int conversation, int intervalMs) {

    public static final CaptureScenario DEFAULTS = new CaptureScenario("", 1, 0);
}
