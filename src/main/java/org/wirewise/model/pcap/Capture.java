package org.wirewise.model.pcap;

import java.util.List;

/**
 * The packets of a capture file, in file order, and the link type that says how to read their
 * first bytes ({@link LinkType}).
 */
public record Capture(int linkType, List<CapturedPacket> packets) {

    public Capture {
        packets = List.copyOf(packets);
    }
}
