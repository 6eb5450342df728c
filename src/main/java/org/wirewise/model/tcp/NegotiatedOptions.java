package org.wirewise.model.tcp;

import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;

/** What the two SYNs agreed on: window scaling, SACK, timestamps, the peer's MSS; and TS.Recent. */
final class NegotiatedOptions {

    private final TcpConfig config;
    boolean windowScalingOn;
    boolean sackOn;
    boolean timestampsOn;
    long tsRecent;
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

    void noteTimestamp(TcpSegment seg) {
        for (TcpOption option : seg.options()) {
            if (option instanceof TcpOption.Timestamps ts) {
                tsRecent = ts.tsVal(); // RFC 7323 §4.3: TS.Recent echoes the peer's latest TSval
            }
        }
    }
}
