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

    /**
     * One issued ticket: the PSK it stands for, the most early data it allows, and what the freshness
     * check needs (RFC 8446 §8.3): its ticket_age_add, when the server sent it and the round trip the
     * server measured on that connection, in milliseconds of the server's clock.
     */
    public record Issued(byte[] psk, long maxEarlyData, long ageAdd, long createdMillis, long rttMillis) {
        public Issued {
            psk = psk.clone();
        }

        @Override
        public byte[] psk() {
            return psk.clone();
        }
    }

    /**
     * The server's freshness check of one offered ticket (RFC 8446 §8.3): the client's ticket age
     * (obfuscated_ticket_age minus ticket_age_add, mod 2^32), expected_arrival_time = creation time +
     * estimated RTT + that age, and how far the ClientHello's real arrival is from it.
     */
    public record Freshness(long clientAgeMillis, long expectedArrivalMillis, long arrivedMillis, long windowMillis) {
        public long offByMillis() {
            return Math.abs(arrivedMillis - expectedArrivalMillis);
        }

        /** Whether 0-RTT may be accepted: outside the window the server falls back to 1-RTT. */
        public boolean fresh() {
            return offByMillis() <= windowMillis;
        }
    }

    /** "Windows on the order of ten seconds" for clients on the Internet (RFC 8446 §8.3). */
    public static final long INTERNET_WINDOW_MILLIS = 10_000;

    private final EarlyDataPolicy policy;
    private final Map<String, Issued> issued = new HashMap<>();
    private final java.util.function.LongSupplier clockMillis;
    private final long windowMillis;

    /** A cache without a clock: no freshness check (every age is in the window). */
    public SessionTickets(EarlyDataPolicy policy) {
        this(policy, () -> 0, Long.MAX_VALUE);
    }

    /**
     * A cache that checks each 0-RTT offer's ticket age against {@code clockMillis} (the server's
     * clock: simulated time in a lesson) and accepts early data only within {@code windowMillis}.
     */
    public SessionTickets(EarlyDataPolicy policy, java.util.function.LongSupplier clockMillis, long windowMillis) {
        this.policy = policy;
        this.clockMillis = clockMillis;
        this.windowMillis = windowMillis;
    }

    /** The server's clock, in milliseconds. */
    long now() {
        return clockMillis.getAsLong();
    }

    /** The freshness check of {@code ticket} offered with {@code obfuscatedAge}, at the server's now (§8.3). */
    Freshness freshness(Issued ticket, long obfuscatedAge) {
        long clientAge = (obfuscatedAge - ticket.ageAdd()) & 0xFFFF_FFFFL;
        return new Freshness(clientAge, ticket.createdMillis() + ticket.rttMillis() + clientAge, now(), windowMillis);
    }

    public EarlyDataPolicy policy() {
        return policy;
    }

    /** The early_data limit a new ticket announces: 0 (no extension) when 0-RTT is refused. */
    long maxEarlyData() {
        return policy == EarlyDataPolicy.REJECT ? 0 : MAX_EARLY_DATA;
    }

    /** A ticket issued elsewhere (RFC 8448's), with no age to check. */
    void issue(byte[] ticket, byte[] psk) {
        issue(ticket, psk, 0, 0);
    }

    void issue(byte[] ticket, byte[] psk, long ageAdd, long rttMillis) {
        issued.put(HexFormat.of().formatHex(ticket), new Issued(psk, maxEarlyData(), ageAdd, now(), rttMillis));
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
