package org.wirewise.model.tls.cert;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's check of a server's certificates, as steps a beginner can follow: build the path
 * from the leaf up to a trusted root by matching issuer to subject names, then check each
 * certificate from the top down (RFC 5280 §6.1.3 and §6.1.4: signature by the issuer's key,
 * validity at the client's clock, issuer name, and for every certificate that signs another
 * basicConstraints cA, the path length and keyUsage keyCertSign), then the host name (RFC 6125).
 * Revocation (§6.1.3 (a)(3)) is not checked: the lesson tells it (OCSP stapling) in words.
 * Name constraints (§6.1.3 (b), (c)) are not used by these chains and not checked.
 */
public final class PathValidator {

    private PathValidator() {
    }

    /**
     * @param sent    the server's Certificate message, leaf first
     * @param trusted the client's trust anchors (self-signed roots)
     */
    public static Validation validate(List<Certificate> sent, List<Certificate> trusted, ZonedDateTime at, String host) {
        if (sent.isEmpty()) {
            throw new IllegalArgumentException("the server sent no certificate");
        }
        List<Check> checks = new ArrayList<>();
        List<Certificate> path = new ArrayList<>(List.of(sent.get(0)));
        Certificate anchor = null;
        PathFailure buildFailure = null;
        while (anchor == null && buildFailure == null) {
            Certificate top = path.get(path.size() - 1);
            Certificate issuer = trusted.contains(top) ? top : find(top, trusted, List.of());
            if (issuer != null) {
                anchor = issuer;
                checks.add(new Check(Check.Kind.ISSUER_FOUND, top, true));
                if (issuer.equals(top)) {
                    path.remove(path.size() - 1); // the server sent the root itself: it is the anchor
                }
            } else {
                Certificate next = top.selfIssued() ? null : find(top, sent, path);
                checks.add(new Check(Check.Kind.ISSUER_FOUND, top, next != null));
                if (next == null) {
                    buildFailure = !top.selfIssued() ? PathFailure.NO_ISSUER
                            : path.size() == 1 ? PathFailure.SELF_SIGNED_LEAF : PathFailure.SELF_SIGNED_IN_CHAIN;
                } else {
                    path.add(next);
                }
            }
        }
        PathFailure failure = buildFailure;
        // §6.1: process from the certificate the anchor signed down to the leaf.
        int maxPathLength = path.size();
        for (int i = path.size() - 1; i >= 0; i--) {
            Certificate c = path.get(i);
            Certificate issuer = i + 1 < path.size() ? path.get(i + 1) : anchor;
            if (issuer != null) {
                failure = first(failure, checks, new Check(Check.Kind.SIGNATURE, c, signedBy(c, issuer)),
                        PathFailure.BAD_SIGNATURE);
                failure = first(failure, checks, new Check(Check.Kind.ISSUER_NAME, c, c.issuedBy(issuer)),
                        PathFailure.NO_ISSUER);
            }
            boolean started = !at.isBefore(c.notBefore());
            boolean ended = at.isAfter(c.notAfter());
            failure = first(failure, checks, new Check(Check.Kind.VALIDITY, c, started && !ended),
                    started ? PathFailure.EXPIRED : PathFailure.NOT_YET_VALID);
            if (i > 0) { // §6.1.4: c signs the next certificate down, so it must be a CA
                failure = first(failure, checks, new Check(Check.Kind.BASIC_CONSTRAINTS, c,
                        c.hasBasicConstraints() && c.ca()), PathFailure.NOT_A_CA);
                boolean withinLength = true;
                if (!c.selfIssued()) { // (l): room left for one more CA below the ones above
                    withinLength = maxPathLength > 0;
                    maxPathLength--;
                }
                failure = first(failure, checks, new Check(Check.Kind.PATH_LENGTH, c, withinLength),
                        PathFailure.PATH_TOO_LONG);
                if (c.pathLen() >= 0 && c.pathLen() < maxPathLength) { // (m): c's own limit, if tighter
                    maxPathLength = c.pathLen();
                }
                failure = first(failure, checks, new Check(Check.Kind.KEY_USAGE, c,
                        !c.hasKeyUsage() || c.keyCertSign()), PathFailure.NO_CERT_SIGN);
            }
        }
        Certificate leaf = sent.get(0);
        failure = first(failure, checks, new Check(Check.Kind.HOST_NAME, leaf,
                HostNames.matching(leaf.dnsNames(), host) != null), PathFailure.HOST_MISMATCH);
        return new Validation(path, anchor, checks, failure, at, host);
    }

    private static PathFailure first(PathFailure sofar, List<Check> checks, Check check, PathFailure ifFailed) {
        checks.add(check);
        return sofar != null || check.passed() ? sofar : ifFailed;
    }

    /** A certificate among {@code candidates} (not already on the path) whose subject is c's issuer. */
    private static Certificate find(Certificate c, List<Certificate> candidates, List<Certificate> path) {
        for (Certificate candidate : candidates) {
            if (c.issuedBy(candidate) && !path.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** §6.1.3 (a)(1): the signature over TBSCertificate verifies with the issuer's public key. */
    static boolean signedBy(Certificate c, Certificate issuer) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(issuer.publicKey());
            verifier.update(c.tbs());
            return verifier.verify(c.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a key or signature that cannot even be read does not verify
        }
    }
}
