package org.wirewise.model.transport;

/**
 * How an endpoint behaves beyond its SYN options: buffers, timers and retry limits.
 *
 * @param sendBuffer  bytes the application may have written and not yet had acknowledged
 * @param autoRead    whether the application reads every byte the moment it can (otherwise it calls read)
 * @param synRetries  SYN retransmissions before giving up (Linux net.ipv4.tcp_syn_retries = 6)
 * @param retries     data retransmissions of one segment before giving up (Linux tcp_retries2 = 15)
 * @param msl         maximum segment lifetime in nanoseconds; TIME-WAIT lasts 2 × MSL (RFC 9293 §3.4.2)
 * @param minRto      lower bound of the retransmission timeout (RFC 6298 §2.4: 1 s; Linux 200 ms)
 */
public record TcpTuning(long sendBuffer, boolean autoRead, int synRetries, int retries, long msl, long minRto) {

    /** RFC values: MSL 2 minutes is RFC 9293's; Linux holds TIME-WAIT for a fixed 60 s. */
    public static final TcpTuning DEFAULTS =
            new TcpTuning(4L << 20, true, 6, 15, 60_000_000_000L, RtoEstimator.MIN_RTO);

    public TcpTuning {
        if (sendBuffer <= 0) {
            throw new IllegalArgumentException("send buffer must be positive, got " + sendBuffer);
        }
        if (synRetries < 0 || retries < 0) {
            throw new IllegalArgumentException("retry limits must not be negative");
        }
        if (msl < 0) {
            throw new IllegalArgumentException("MSL must not be negative, got " + msl);
        }
    }

    public TcpTuning withAutoRead(boolean value) {
        return new TcpTuning(sendBuffer, value, synRetries, retries, msl, minRto);
    }

    public TcpTuning withMsl(long value) {
        return new TcpTuning(sendBuffer, autoRead, synRetries, retries, value, minRto);
    }

    public TcpTuning withSendBuffer(long value) {
        return new TcpTuning(value, autoRead, synRetries, retries, msl, minRto);
    }

    public TcpTuning withRetries(int syn, int data) {
        return new TcpTuning(sendBuffer, autoRead, syn, data, msl, minRto);
    }
}
