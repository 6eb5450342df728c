package org.wirewise.model.nat;

import java.util.Objects;

/**
 * A NAT's behaviour in RFC 4787's terms: its mapping, its filtering, and whether it tries to keep
 * the internal port as the external one (port preservation, RFC 4787 §4.2.1).
 */
public record NatBehaviour(Mapping mapping, Filtering filtering, boolean portPreservation) {

    public NatBehaviour {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(filtering, "filtering");
    }

    /**
     * The RFC 3489 name for this combination (RFC 4787 §3 explains why those names are
     * imprecise), or a description when the combination has none.
     */
    public String classicName() {
        if (mapping == Mapping.ENDPOINT_INDEPENDENT) {
            return switch (filtering) {
                case ENDPOINT_INDEPENDENT -> "full cone";
                case ADDRESS_DEPENDENT -> "restricted cone";
                case ADDRESS_AND_PORT_DEPENDENT -> "port-restricted cone";
            };
        }
        if (mapping == Mapping.ADDRESS_AND_PORT_DEPENDENT && filtering == Filtering.ADDRESS_AND_PORT_DEPENDENT) {
            return "symmetric";
        }
        return "no classic name (symmetric-like mapping)";
    }

    /** "EIM/APDF", RFC 4787's shorthand. */
    public String shortName() {
        return abbreviation(mapping.name()) + "M/" + abbreviation(filtering.name()) + "F";
    }

    private static String abbreviation(String constant) {
        return switch (constant) {
            case "ENDPOINT_INDEPENDENT" -> "EI";
            case "ADDRESS_DEPENDENT" -> "AD";
            default -> "APD";
        };
    }
}
