package org.wirewise.model.transport;

import java.util.List;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;

/** What the two SYNs agreed on: window scaling, SACK, timestamps, the peer's MSS; and TS.Recent. */
final class NegotiatedOptions {

    /** NOP, NOP, Timestamps: the 12 bytes Linux adds to every segment once timestamps are on. */
    static final int TIMESTAMP_OPTION_BYTES = 12;

    private final TcpConfig config;
    boolean windowScalingOn;
    boolean sackOn;
    boolean timestampsOn;
    long tsRecent;
    /** The TSecr of the latest segment that carried timestamps, or -1: an RTT sample for RFC 7323 §4. */
    long lastTsEcr = -1;
    /** The SACK blocks of the latest segment that carried them (RFC 2018 §3), else empty. */
    List<SackBlock> lastSack = List.of();
    int peerMss = 536; // RFC 9293 §3.7.1: the default when no MSS option arrives
    int sendShift;
    int receiveShift;

    NegotiatedOptions(TcpConfig config) {
        this.config = config;
    }

    /** An option is in use only when both SYNs carried it (RFC 7323 §2.2, §3.2; RFC 2018 §2). */
    void negotiate(TcpSegment syn) {
        windowScalingOn = false;
        sackOn = false;
        timestampsOn = false;
        for (TcpOption option : syn.options()) {
            if (option instanceof TcpOption.Mss mss) {
                peerMss = mss.mss();
            } else if (option instanceof TcpOption.WindowScale ws && config.windowScaling()) {
                windowScalingOn = true;
                sendShift = Math.min(14, ws.shift()); // RFC 7323 §2.3: larger shifts are treated as 14
            } else if (option instanceof TcpOption.SackPermitted && config.sack()) {
                sackOn = true;
            } else if (option instanceof TcpOption.Timestamps && config.timestamps()) {
                timestampsOn = true;
            }
        }
        if (!windowScalingOn) {
            sendShift = 0;
        }
        receiveShift = windowScalingOn ? config.windowShift() : 0;
    }

    /** Bytes of the fixed options every data segment carries: 12 for NOP, NOP, Timestamps. */
    int fixedOptionBytes() {
        return timestampsOn ? TIMESTAMP_OPTION_BYTES : 0;
    }

    /**
     * The effective send MSS: the smaller of the peer's MSS and ours, less the options each segment
     * carries (RFC 9293 §3.7.1, RFC 7323 §3.2), as Linux's mss_cache: 1448 with timestamps.
     */
    int sendMss() {
        return Math.min(peerMss, config.mss()) - fixedOptionBytes();
    }

    void noteTimestamp(TcpSegment seg) {
        lastTsEcr = -1;
        lastSack = List.of();
        for (TcpOption option : seg.options()) {
            if (option instanceof TcpOption.Timestamps ts) {
                tsRecent = ts.tsVal(); // RFC 7323 §4.3: TS.Recent echoes the peer's latest TSval
                lastTsEcr = ts.tsEcr();
            } else if (option instanceof TcpOption.Sack sack && sackOn) {
                lastSack = sack.blocks();
            }
        }
    }
}
