package org.wirewise.model.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * Every sentence the nat-traversal lesson shows, in one language ({@code nat-traversal.properties} and its
 * translations; NAT behaviours, rules, the NATs' reasons and tables from {@link NatWords}); the numbers in them
 * come from what the network did. STUN, TURN and ICE names and message types stay as Wireshark shows them.
 */
final class TraversalNarration {

    static final List<String> START_REFS = List.of("RFC 8445 §2", "RFC 5128 §3.3", "RFC 4787 §4.1", "RFC 4787 §5");
    static final List<String> STUN_REFS = List.of("RFC 5389 §7", "RFC 5389 §15.2", "RFC 8445 §5.1.1.2");
    static final List<String> ALLOCATE_REFS = List.of("RFC 8656 §7", "RFC 8656 §18.5", "RFC 8445 §5.1.1.2");
    static final List<String> CANDIDATE_REFS = List.of("RFC 8445 §5.1.2.1", "RFC 8445 §6.1.2.3", "RFC 8839 §5.1");
    static final List<String> ROUND_REFS = List.of("RFC 8445 §7.2.5", "RFC 5128 §3.3");
    static final List<String> VERDICT_REFS = List.of("RFC 4787 §5", "RFC 4787 §4.1");
    static final List<String> MEDIA_REFS = List.of("RFC 8445 §8.1.1", "RFC 7675 §5.1");
    static final List<String> RELAY_CHECK_REFS = List.of("RFC 8656 §9", "RFC 8445 §7.2.5");
    static final List<String> DATA_REFS = List.of("RFC 8656 §11.4", "RFC 8656 §11.6");
    static final List<String> SEND_REFS = List.of("RFC 8656 §11.1", "RFC 8656 §11.2");
    static final List<String> RELAYED_REFS = List.of("RFC 8656 §2", "RFC 8445 §5.1.2.2");
    static final List<String> SUMMARY_REFS = List.of("RFC 8445 §8.1.1", "RFC 8656 §2", "RFC 6887 §1");

    private final Texts texts;
    private final Units units;
    private final NatWords words;

    TraversalNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.nat.nat-traversal", language);
        this.units = new Units(texts.language());
        this.words = new NatWords(texts.language());
    }

    NatWords words() {
        return words;
    }

    /** A text of the bundle (a title, a lane, a state, a column) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** "full cone EIM/EIF NAT", "APDM/EIF NAT"; Spanish "NAT de cono completo (EIM/EIF)". */
    String describe(NatBehaviour b) {
        String classic = words.classicName(b);
        return classic.isEmpty() ? texts.get("nat.plain", b.shortName()) : texts.get("nat.classic", classic, b.shortName());
    }

    /** A NAT's translation table's title: "NAT A (EIM/EIF)". */
    String natTable(String who, NatBehaviour b) {
        return texts.get("natTable", who, b.shortName());
    }

    String start(NatBehaviour a, NatBehaviour b, Integer forwardedPort) {
        return texts.get("start", describe(a), describe(b),
                forwardedPort != null ? texts.get("start.forward", forwardedPort.toString()) : "");
    }

    String stunTitle(String who, Endpoint reflexive) {
        return texts.get("stun.title", who, reflexive);
    }

    String stun(String who, Endpoint internal, Endpoint server, Nat.Entry e, Mapping mapping) {
        return texts.get("stun", who, internal, server, e.external(), e.forwarded() ? texts.get("stun.forwarded") : "",
                words.name(mapping), words.rule(mapping));
    }

    String allocateTitle(Endpoint relayed) {
        return texts.get("allocate.title", relayed);
    }

    /** @param lifetime the LIFETIME attribute's value: seconds, 32 bits big-endian (RFC 8656 §18.2) */
    String allocate(Endpoint relayed, byte[] lifetime) {
        long lifetimeSeconds = java.nio.ByteBuffer.wrap(lifetime).getInt() & 0xFFFFFFFFL;
        return texts.get("allocate", relayed, Long.toString(lifetimeSeconds));
    }

    String roundTitle(int round) {
        return texts.get("round.title", Integer.toString(round));
    }

    String round(int round, HolePunching.Attempt a, HolePunching.Attempt b) {
        return texts.get("round", a.externalSource(), a.destination(), b.externalSource(), b.destination(),
                round > 1 ? texts.get("round.answers") : "");
    }

    String verdictTitle(HolePunching.Attempt a, HolePunching.Attempt b) {
        String key = a.delivered() && b.delivered() ? "both" : !a.delivered() && !b.delivered() ? "none"
                : a.delivered() ? "onlyA" : "onlyB";
        return texts.get("verdict.title." + key, Integer.toString(a.round()));
    }

    /** The attempts' reasons are the far NATs' own, already in this language ({@link NatWords#reason}). */
    String verdict(HolePunching.Attempt a, HolePunching.Attempt b) {
        return texts.get("verdict", a.reason(), texts.get(a.delivered() ? "verdict.toB" : "verdict.dropped"),
                b.reason(), texts.get(b.delivered() ? "verdict.toA" : "verdict.dropped"));
    }

    String media(long roundTrip) {
        return texts.get("media", units.time(roundTrip));
    }

    String mediaMeasurement(boolean relayed, long roundTrip) {
        return texts.get(relayed ? "measurement.relayed" : "measurement.direct",
                units.fixed(SimTime.toMillis(roundTrip), 1));
    }

    String relayCheck(Endpoint relayed, Endpoint fromB) {
        return texts.get("relayCheck", relayed, fromB);
    }

    String data(Endpoint fromB, Endpoint server) {
        return texts.get("data", fromB, server);
    }

    String send(Endpoint fromB, Endpoint relayed) {
        return texts.get("send", fromB, relayed);
    }

    /** @param reason why NAT B let the relayed datagram in, in this language ({@link NatWords#reason}) */
    String relayed(String reason, long rtt, long directRtt) {
        long diff = rtt - directRtt;
        return texts.get("relayed", reason, units.time(rtt), units.time(directRtt),
                (diff >= 0 ? "+" : "") + units.fixed(SimTime.toMillis(diff), 1));
    }

    String summaryTitle(boolean success) {
        return texts.get(success ? "summary.title.direct" : "summary.title.relayed");
    }

    String summary(boolean success, boolean portForwardB) {
        return texts.get("summary", texts.get(success ? "summary.direct" : "summary.relayed"),
                texts.get(portForwardB ? "summary.forwarded" : "summary.noForward"));
    }

    String gridTitle(boolean portPreservation, NatBehaviour b) {
        return texts.get("grid.title", texts.get(portPreservation ? "grid.on" : "grid.off"), b.shortName());
    }
}
