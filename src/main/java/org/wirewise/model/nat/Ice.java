package org.wirewise.model.nat;

/** ICE candidate types and priorities (RFC 8445 §5.1.2, §6.1.2.3). */
public final class Ice {

    /** The local preference of a host with one interface (RFC 8445 §5.1.2.1). */
    public static final int SINGLE_INTERFACE = 65535;

    private Ice() {
    }

    /** Candidate types with the type preferences RFC 8445 §5.1.2.2 recommends. */
    public enum CandidateType {
        HOST("host", 126), PEER_REFLEXIVE("prflx", 110), SERVER_REFLEXIVE("srflx", 100), RELAYED("relay", 0);

        private final String sdpName;
        private final int typePreference;

        CandidateType(String sdpName, int typePreference) {
            this.sdpName = sdpName;
            this.typePreference = typePreference;
        }

        /** How SDP writes it: "host", "srflx", "prflx", "relay". */
        public String sdpName() {
            return sdpName;
        }

        public int typePreference() {
            return typePreference;
        }
    }

    /** priority = 2^24 × type preference + 2^8 × local preference + (256 − component ID). */
    public static long priority(CandidateType type, int localPreference, int component) {
        return ((long) type.typePreference() << 24) + ((long) localPreference << 8) + (256 - component);
    }

    /** Pair priority = 2^32 × min(G, D) + 2 × max(G, D) + (G > D ? 1 : 0). */
    public static long pairPriority(long controlling, long controlled) {
        return (Math.min(controlling, controlled) << 32) + 2 * Math.max(controlling, controlled)
                + (controlling > controlled ? 1 : 0);
    }
}
