package org.wirewise.model.congestion;

/**
 * Tahoe, Reno (RFC 5681) and NewReno (RFC 6582) share their window growth and their reaction to
 * loss, ssthresh = max(FlightSize / 2, 2·SMSS) (RFC 5681 eq. 4); they differ only in recovery.
 */
public final class Reno implements CongestionControl {

    private final String name;
    private final Recovery recovery;

    private Reno(String name, Recovery recovery) {
        this.name = name;
        this.recovery = recovery;
    }

    public static Reno tahoe() {
        return new Reno("tahoe", Recovery.TAHOE);
    }

    public static Reno reno() {
        return new Reno("reno", Recovery.RENO);
    }

    public static Reno newReno() {
        return new Reno("newreno", Recovery.NEWRENO);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Recovery recovery() {
        return recovery;
    }

    @Override
    public long ssthreshAfterLoss(SenderState s) {
        return Math.max(s.bytesInFlight / 2, 2L * s.mss);
    }

    @Override
    public void onAck(SenderState s, long ackedBytes, long now) {
        CongestionControl.renoIncrease(s, ackedBytes);
    }
}
