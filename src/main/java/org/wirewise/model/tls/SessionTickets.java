package org.wirewise.model.tls;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A server's memory of the tickets it issued (a session cache keyed by the opaque ticket, one of
 * the two designs of RFC 8446 §4.6.1) and its policy for 0-RTT data, which decides whether a
 * replayed first flight is served again (§8).
 */
public final class SessionTickets {

    /** What the server does with early data. */
    public enum EarlyDataPolicy {
        /** No 0-RTT: tickets resume, early data is skipped and the client sends it again after the handshake. */
        REJECT,
        /** 0-RTT accepted every time a ticket comes back: a replayed first flight is served again (§8). */
        ACCEPT_ANY,
        /** A ticket is used once (§8.1): a replay finds it gone and gets a full handshake, its early data skipped. */
        SINGLE_USE_TICKETS
    }

    /** The most 0-RTT data accepted, in bytes, when early data is allowed (RFC 8446 leaves the size to the server). */
    public static final long MAX_EARLY_DATA = 16_384;

    /** One issued ticket: the PSK it stands for and the most early data it allows. */
    public record Issued(byte[] psk, long maxEarlyData) {
        public Issued {
            psk = psk.clone();
        }

        @Override
        public byte[] psk() {
            return psk.clone();
        }
    }

    private final EarlyDataPolicy policy;
    private final Map<String, Issued> issued = new HashMap<>();

    public SessionTickets(EarlyDataPolicy policy) {
        this.policy = policy;
    }

    public EarlyDataPolicy policy() {
        return policy;
    }

    /** The early_data limit a new ticket announces: 0 (no extension) when 0-RTT is refused. */
    long maxEarlyData() {
        return policy == EarlyDataPolicy.REJECT ? 0 : MAX_EARLY_DATA;
    }

    void issue(byte[] ticket, byte[] psk) {
        issued.put(HexFormat.of().formatHex(ticket), new Issued(psk, maxEarlyData()));
    }

    /** The ticket's PSK if the server knows it; a single-use ticket is forgotten as it is redeemed. */
    Optional<Issued> redeem(byte[] ticket) {
        String key = HexFormat.of().formatHex(ticket);
        return Optional.ofNullable(policy == EarlyDataPolicy.SINGLE_USE_TICKETS ? issued.remove(key) : issued.get(key));
    }

    /** How many tickets can still be redeemed. */
    public int outstanding() {
        return issued.size();
    }
}
