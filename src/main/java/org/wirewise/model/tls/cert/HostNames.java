package org.wirewise.model.tls.cert;

import java.util.List;
import java.util.Locale;

/**
 * Matching the host a client asked for against a certificate's subjectAltName dNSName entries
 * (RFC 6125 §6.4): labels compared case-insensitively (§6.4.1); a wildcard only as the whole
 * left-most label, standing for exactly one label (§6.4.3, as browsers and OpenSSL apply it:
 * "*.example.com" matches "shop.example.com", not "example.com" nor "a.shop.example.com").
 * The subject's common name is not consulted: §6.4.4 allows it only without any dNSName, and
 * current clients (RFC 9525) no longer look at it.
 */
public final class HostNames {

    private HostNames() {
    }

    /** The first dNSName that matches {@code host}, or null when none does. */
    public static String matching(List<String> dnsNames, String host) {
        for (String name : dnsNames) {
            if (matches(name, host)) {
                return name;
            }
        }
        return null;
    }

    public static boolean matches(String presented, String host) {
        String[] p = labels(presented);
        String[] h = labels(host);
        if (p.length == 0 || p.length != h.length) {
            return false; // a wildcard stands for one label, never for none or several
        }
        for (int i = 0; i < p.length; i++) {
            boolean wildcard = i == 0 && p[0].equals("*") && p.length >= 3; // not "*.com": §6.4.3 lets clients refuse
            if (!wildcard && !p[i].equals(h[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] labels(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1); // an absolute name's final dot names the same host
        }
        return n.isEmpty() ? new String[0] : n.split("\\.", -1);
    }
}
