package org.wirewise.model.pcap;

import java.io.IOException;

/**
 * A file that is not a readable pcap or pcapng capture. The message is meant for a person:
 * "record 12 truncated: header says 1514 bytes, 300 remain".
 */
public final class PcapFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public PcapFormatException(String message) {
        super(message);
    }

    public PcapFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
