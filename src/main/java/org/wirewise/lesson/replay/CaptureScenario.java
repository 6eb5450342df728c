package org.wirewise.lesson.replay;

/**
 * Which capture to replay and which of its conversations.
 *
 * @param file         the .pcap or .pcapng file
 * @param conversation the conversation's number in the capture's list, from 1
 */
public record CaptureScenario(String file, int conversation) {

    public static final CaptureScenario DEFAULTS = new CaptureScenario("", 1);
}
