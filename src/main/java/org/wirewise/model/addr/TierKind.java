package org.wirewise.model.addr;

import java.util.Locale;

/** What a tier's default route points at, which is what makes a subnet public or private. */
public enum TierKind {
    /** 0.0.0.0/0 and ::/0 to the internet gateway: instances with public addresses are reachable. */
    PUBLIC("internet gateway"),
    /** 0.0.0.0/0 to a NAT gateway in the zone's public subnet, ::/0 to an egress-only gateway. */
    PRIVATE("NAT gateway"),
    /** Only the VPC's local routes: no way out, as databases usually want. */
    ISOLATED("none");

    private final String defaultTarget;

    TierKind(String defaultTarget) {
        this.defaultTarget = defaultTarget;
    }

    public String defaultTarget() {
        return defaultTarget;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a tier name suggests: "public…" is public, "database", "db", "data…", "isolated" are isolated. */
    public static TierKind suggestedFor(String tierName) {
        String n = tierName.toLowerCase(Locale.ROOT);
        if (n.startsWith("public") || n.equals("dmz") || n.equals("edge")) {
            return PUBLIC;
        }
        if (n.startsWith("data") || n.equals("db") || n.startsWith("isolated") || n.equals("storage")) {
            return ISOLATED;
        }
        return PRIVATE;
    }

    public static TierKind parse(String text) {
        for (TierKind k : values()) {
            if (k.id().equals(text.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw AddressFormatException.planner("error.kind", TextChecks.quote(text));
    }
}
