package org.wirewise.model.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.sim.SimTime;

/** Every sentence the nat-traversal lesson shows; the numbers in them come from what the network did. */
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
    static final String START_TITLE = "Two peers, two NATs";
    static final String CANDIDATES_TITLE = "Candidates exchanged";
    static final String CANDIDATES = "Each peer sends its candidates to the other through the signalling "
            + "channel (an SDP offer and answer; not drawn). Priorities follow RFC 8445 §5.1.2.1: "
            + "2^24 × type preference (host 126, server-reflexive 100, relayed 0) + 2^8 × local "
            + "preference (65535) + (256 − component 1). Host candidates are private addresses and "
            + "cannot work across two NATs; the server-reflexive pair is tried by hole punching; the "
            + "relayed one is the fallback.";
    static final String RELAY_CHECK_TITLE = "B tries A's relayed candidate";
    static final String DATA_TITLE = "The relay wraps it for A";
    static final String SEND_TITLE = "A answers through the relay";
    static final String MEDIA_TITLE = "Media flows directly";
    static final String RELAYED_TITLE = "Media flows through the relay";

    private TraversalNarration() {
    }

    static String describe(NatBehaviour b) {
        String classic = b.classicName();
        return (classic.startsWith("no classic") ? "" : classic + " ") + b.shortName();
    }

    static String start(NatBehaviour a, NatBehaviour b, Integer forwardedPort) {
        return "Peer A sits behind a " + describe(a) + " NAT, peer B behind a " + describe(b) + " NAT"
                + (forwardedPort != null ? ", which forwards UDP port " + forwardedPort + " to B by hand" : "")
                + ". Neither can be reached from outside until it has sent something. ICE (RFC 8445) "
                + "gathers every address a peer might be reached at, exchanges them through a signalling "
                + "server, and tries them in pairs. The grid shows, for every pair of NAT behaviours, "
                + "whether hole punching opens a direct path.";
    }

    static String stunTitle(String who, Endpoint reflexive) {
        return who + " learns its server-reflexive address " + reflexive;
    }

    static String stun(String who, Endpoint internal, Endpoint server, Nat.Entry e, Mapping mapping) {
        return "Peer " + who + " sends a STUN Binding request from " + internal + " to the STUN server " + server
                + ". NAT " + who + " maps it to " + e.external() + (e.forwarded() ? " (the port forward)" : "")
                + "; the server copies the source it saw into XOR-MAPPED-ADDRESS (XORed with the magic "
                + "cookie so that NATs rewriting addresses inside payloads leave it alone). " + who
                + " now has a server-reflexive candidate. Whether it is any good for a peer depends on NAT "
                + who + "'s mapping: " + mapping.displayName() + ", " + mapping.rule() + ".";
    }

    static String allocateTitle(Endpoint relayed) {
        return "A gets a relayed address " + relayed;
    }

    /** @param lifetime the LIFETIME attribute's value: seconds, 32 bits big-endian (RFC 8656 §18.2) */
    static String allocate(Endpoint relayed, byte[] lifetime) {
        long lifetimeSeconds = java.nio.ByteBuffer.wrap(lifetime).getInt() & 0xFFFFFFFFL;
        return "A asks the TURN server for an allocation (Allocate, REQUESTED-TRANSPORT UDP). The server "
                + "reserves " + relayed + " for A for " + lifetimeSeconds + " s and returns it in XOR-RELAYED-ADDRESS: "
                + "anything sent there by a permitted peer reaches A through the same NAT mapping A's request "
                + "opened, so it works behind any NAT. (A real server first answers 401 and A retries "
                + "with long-term credentials and MESSAGE-INTEGRITY; that round is left out.)";
    }

    static String roundTitle(int round) {
        return "Round " + round + ": both send checks";
    }

    static String round(int round, HolePunching.Attempt a, HolePunching.Attempt b) {
        return "A sends a connectivity check (a STUN Binding request with its PRIORITY) from "
                + a.externalSource() + " to " + a.destination() + "; B sends from " + b.externalSource()
                + " to " + b.destination() + ". Each outbound packet opens (or reuses) a mapping on its "
                + "own NAT: the hole the other's packet must fall into." + (round > 1
                ? " A peer that heard a check answers the address it came from (a peer-reflexive "
                + "candidate, RFC 8445 §7.3.1.3)." : "");
    }

    static String verdictTitle(HolePunching.Attempt a, HolePunching.Attempt b) {
        if (a.delivered() && b.delivered()) {
            return "Round " + a.round() + ": both checks get through";
        }
        if (!a.delivered() && !b.delivered()) {
            return "Round " + a.round() + ": both checks dropped";
        }
        return "Round " + a.round() + ": only " + (a.delivered() ? "A's" : "B's") + " check gets through";
    }

    static String verdict(HolePunching.Attempt a, HolePunching.Attempt b) {
        return "At NAT B, A's check: " + a.reason() + (a.delivered() ? "; forwarded to B." : "; dropped.")
                + " At NAT A, B's check: " + b.reason() + (b.delivered() ? "; forwarded to A." : "; dropped.");
    }

    static String media(long roundTrip) {
        return "The checks succeeded, so the pair is nominated and media goes peer to peer: "
                + "A → NAT A → NAT B → B and back in " + SimTime.format(roundTrip) + ", no server in the "
                + "path. The NATs' mappings stay open as long as packets keep flowing (ICE sends "
                + "consent checks at least every 5 s, RFC 7675).";
    }

    static String mediaMeasurement(String kind, long roundTrip) {
        return String.format(Locale.ROOT, "%s round trip %.1f ms", kind, SimTime.toMillis(roundTrip));
    }

    static String relayCheck(Endpoint relayed, Endpoint fromB) {
        return "Hole punching failed, but A's relayed candidate " + relayed
                + " is still on B's list. B sends its check there; NAT B opens one more mapping, "
                + fromB + ", towards the relay. A created a permission for B's address at the TURN server "
                + "(CreatePermission, not drawn); permissions are per IP address, not port, so B's new "
                + "port does not matter.";
    }

    static String data(Endpoint fromB, Endpoint server) {
        return "The TURN server receives B's datagram on A's relayed address and sends "
                + "it to A in a Data indication (XOR-PEER-ADDRESS " + fromB + ", DATA = B's check) from "
                + server + " — the address A's own requests went to, so NAT A's mapping lets it in "
                + "whatever its filtering.";
    }

    static String send(Endpoint fromB, Endpoint relayed) {
        return "A wraps its answer in a Send indication to the server "
                + "(XOR-PEER-ADDRESS " + fromB + ", DATA). The server unwraps it and sends the bare datagram "
                + "from the relayed address " + relayed + ".";
    }

    static String relayed(String reason, long rtt, long directRtt) {
        return "NAT B lets the datagram in: " + reason + ". B → relay → A → "
                + "relay → B took " + SimTime.format(rtt) + " against about " + SimTime.format(directRtt)
                + " on the direct path (" + String.format(Locale.ROOT, "%+.1f ms",
                SimTime.toMillis(rtt - directRtt)) + "), and every byte now costs the relay's "
                + "bandwidth. That is why ICE ranks relayed candidates last.";
    }

    static String summaryTitle(boolean success) {
        return success ? "Direct path chosen" : "Relayed path chosen";
    }

    static String summary(boolean success, boolean portForwardB) {
        String forward = portForwardB ? "NAT B's port forward made B reachable from anyone, which is "
                + "why it worked." : "The manual alternative is a port forward on one NAT (a static mapping "
                + "from a public port to the peer, or automatically with PCP, RFC 6887, or UPnP): that side "
                + "then accepts anyone, like endpoint-independent filtering on a fixed port.";
        return (success ? "ICE nominates the server-reflexive pair: direct, lowest latency."
                : "No direct pair worked, so ICE nominates the pair with A's relayed candidate.")
                + " Read the grid: hole punching needs the reflexive address STUN reported to be valid for the "
                + "peer (endpoint-independent mapping, RFC 4787 REQ-1), or filtering that admits the peer's new "
                + "port. " + forward;
    }

    static String gridTitle(boolean portPreservation, NatBehaviour b) {
        return "Hole punching: A (rows) × B (columns), preservation " + (portPreservation ? "on" : "off")
                + "; B is " + b.shortName();
    }
}
