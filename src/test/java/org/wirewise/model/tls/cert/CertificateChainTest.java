package org.wirewise.model.tls.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chains of the certificate lesson, judged by the JDK: CertificateFactory must parse every
 * certificate, and CertPathValidator("PKIX") with the root as trust anchor must reach the same
 * verdict as PathValidator on the path checks (PKIX does not look at host names).
 */
class CertificateChainTest {

    /** The fault, the failure the client reports and the alert it sends: RFC 5280 and OpenSSL's table. */
    @Test
    void eachFault_isRejectedForItsReason_withTheAlertAnOpenSslClientSends() {
        assertThat(Chains.of(ChainFault.NONE).validate().failure()).isNull();
        assertVerdict(ChainFault.EXPIRED_LEAF, PathFailure.EXPIRED, "certificate_expired", 45);
        assertVerdict(ChainFault.WRONG_HOST, PathFailure.HOST_MISMATCH, "bad_certificate", 42);
        assertVerdict(ChainFault.MISSING_INTERMEDIATE, PathFailure.NO_ISSUER, "unknown_ca", 48);
        assertVerdict(ChainFault.UNTRUSTED_ROOT, PathFailure.NO_ISSUER, "unknown_ca", 48);
        assertVerdict(ChainFault.SELF_SIGNED, PathFailure.SELF_SIGNED_LEAF, "unknown_ca", 48);
        assertVerdict(ChainFault.INTERMEDIATE_NOT_CA, PathFailure.NOT_A_CA, "unknown_ca", 48);
    }

    private static void assertVerdict(ChainFault fault, PathFailure failure, String alert, int code) {
        Validation v = Chains.of(fault).validate();
        assertThat(v.failure()).as(fault.name()).isEqualTo(failure);
        assertThat(v.failure().alert()).isEqualTo(alert);
        assertThat(v.failure().alertCode()).isEqualTo(code);
        assertThat(v.checks().stream().filter(c -> !c.passed()).findFirst()).isPresent();
    }

    @Test
    void theGoodChain_passesEveryCheck_rootToLeaf() {
        Validation v = Chains.of(ChainFault.NONE).validate();
        assertThat(v.checks()).allMatch(Check::passed);
        assertThat(v.path()).hasSize(2);
        assertThat(v.anchor().subject().commonName()).isEqualTo("Wirewise Root CA");
        // The intermediate is checked for being a CA, the leaf is not.
        assertThat(v.checks()).filteredOn(c -> c.kind() == Check.Kind.BASIC_CONSTRAINTS)
                .extracting(c -> c.certificate().subject().commonName()).containsExactly("Wirewise Issuing CA 1");
    }

    @ParameterizedTest
    @EnumSource(ChainFault.class)
    void theJdkParsesEveryCertificate_andReadsTheSameFields(ChainFault fault) throws Exception {
        CertificateChain chain = Chains.of(fault);
        for (Certificate c : List.of(chain.root(), chain.intermediate(), chain.leaf())) {
            X509Certificate jdk = jdk(c);
            assertThat(jdk.getVersion()).isEqualTo(3);
            assertThat(jdk.getSerialNumber()).isEqualTo(c.serial());
            assertThat(jdk.getSubjectX500Principal().getName()).isEqualTo("CN=" + c.subject().commonName()
                    + ",O=" + c.subject().organization());
            assertThat(jdk.getNotAfter().toInstant()).isEqualTo(c.notAfter().toInstant());
            assertThat(jdk.getNotBefore().toInstant()).isEqualTo(c.notBefore().toInstant());
            assertThat(jdk.getBasicConstraints()).isEqualTo(c.ca() ? (c.pathLen() < 0 ? Integer.MAX_VALUE : c.pathLen()) : -1);
            assertThat(jdk.getKeyUsage()[5]).isEqualTo(c.keyCertSign());
            assertThat(jdk.getSigAlgName()).isEqualTo("Ed25519");
            assertThat(jdk.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
            List<String> sans = new ArrayList<>();
            if (jdk.getSubjectAlternativeNames() != null) {
                jdk.getSubjectAlternativeNames().forEach(n -> sans.add((String) n.get(1)));
            }
            assertThat(sans).isEqualTo(c.dnsNames());
        }
        assertThat(jdk(chain.leaf()).getSubjectAlternativeNames()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(ChainFault.class)
    void pkixAgrees_onEveryScenario(ChainFault fault) throws Exception {
        CertificateChain chain = Chains.of(fault);
        Validation ours = chain.validate();
        // PKIX takes the path without its anchor: what the server sent, the root left out.
        List<Certificate> path = chain.sent().stream().filter(c -> !chain.trusted().contains(c)).toList();
        Throwable pkix = pkix(path, chain.root(), new Date(chain.at().toInstant().toEpochMilli()));

        assertThat(pkix == null).as(fault + ": PKIX " + pkix).isEqualTo(ours.pathValid());
        if (fault == ChainFault.EXPIRED_LEAF) {
            assertThat(((CertPathValidatorException) pkix).getReason())
                    .isEqualTo(CertPathValidatorException.BasicReason.EXPIRED);
        }
        if (fault == ChainFault.INTERMEDIATE_NOT_CA) {
            // An end-entity certificate fails both CA checks; the JDK reports keyUsage first, we
            // (like OpenSSL) basicConstraints first, and both checks fail in ours too.
            assertThat(((CertPathValidatorException) pkix).getReason())
                    .isIn(PKIXReason.NOT_CA_CERT, PKIXReason.INVALID_KEY_USAGE);
            assertThat(ours.checks()).filteredOn(c -> !c.passed()).extracting(Check::kind)
                    .contains(Check.Kind.BASIC_CONSTRAINTS, Check.Kind.KEY_USAGE);
        }
    }

    @Test
    void theSameSeed_givesTheSameBytes_andTheRootIsSharedByEveryFault() {
        CertificateChain a = Chains.of(ChainFault.NONE, 42);
        CertificateChain b = Chains.of(ChainFault.NONE, 42);
        assertThat(a.leaf().der()).isEqualTo(b.leaf().der());
        assertThat(a.intermediate().der()).isEqualTo(b.intermediate().der());
        assertThat(Chains.of(ChainFault.NONE, 43).root().der()).isNotEqualTo(a.root().der());
        for (ChainFault fault : ChainFault.values()) {
            assertThat(Chains.of(fault, 42).root()).as(fault.name()).isEqualTo(a.root());
        }
    }

    @Test
    void aByteChangedInTheSignedPart_breaksTheSignature_andPkixAgrees() throws Exception {
        CertificateChain chain = Chains.of(ChainFault.NONE);
        byte[] der = chain.leaf().der();
        int serialAt = chain.leaf().fields().get(1).end() - 1; // the serial's last octet
        der[serialAt] ^= 1;
        Certificate tampered = Certificate.parse(der);

        Validation v = PathValidator.validate(List.of(tampered, chain.intermediate()), chain.trusted(), chain.at(),
                chain.host());
        assertThat(v.failure()).isEqualTo(PathFailure.BAD_SIGNATURE);
        assertThat(pkix(List.of(tampered, chain.intermediate()), chain.root(), new Date(chain.at().toInstant().toEpochMilli())))
                .isNotNull();
    }

    @Test
    void aCaBelowAnIntermediateWithPathLenZero_exceedsThePathLength_andPkixAgrees() throws Exception {
        CertificateChain chain = Chains.of(ChainFault.NONE);
        java.security.SecureRandom random = new org.wirewise.model.tls.SeededSecureRandom(new java.util.SplittableRandom(3));
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("Ed25519");
        g.initialize(java.security.spec.NamedParameterSpec.ED25519, random);
        java.security.KeyPair subCa = g.generateKeyPair();
        java.security.KeyPair issuingKey = g.generateKeyPair(); // not the intermediate's: signatures would fail too
        // Re-issue the chain with keys held here: root -> intermediate (pathLen 0) -> sub-CA -> leaf.
        java.security.KeyPair rootKey = g.generateKeyPair();
        java.security.KeyPair leafKey = g.generateKeyPair();
        java.time.ZonedDateTime from = chain.at().minusYears(1);
        java.time.ZonedDateTime to = chain.at().plusYears(1);
        DistinguishedName rootName = new DistinguishedName("T", "Root");
        DistinguishedName midName = new DistinguishedName("T", "Mid");
        DistinguishedName subName = new DistinguishedName("T", "Sub");
        Certificate root = CertificateIssuer.issue(new CertificateSpec(java.math.BigInteger.ONE, rootName, rootName,
                from, to, true, -1, true, List.of()), rootKey.getPublic(), rootKey.getPrivate(),
                CertificateIssuer.keyIdentifier(rootKey.getPublic()));
        Certificate mid = CertificateIssuer.issue(new CertificateSpec(java.math.BigInteger.TWO, rootName, midName,
                from, to, true, 0, true, List.of()), issuingKey.getPublic(), rootKey.getPrivate(),
                CertificateIssuer.keyIdentifier(rootKey.getPublic()));
        Certificate sub = CertificateIssuer.issue(new CertificateSpec(java.math.BigInteger.valueOf(3), midName, subName,
                from, to, true, -1, true, List.of()), subCa.getPublic(), issuingKey.getPrivate(),
                CertificateIssuer.keyIdentifier(issuingKey.getPublic()));
        Certificate leaf = CertificateIssuer.issue(new CertificateSpec(java.math.BigInteger.valueOf(4), subName,
                new DistinguishedName("T", "host.test"), from, to, false, -1, false, List.of("host.test")),
                leafKey.getPublic(), subCa.getPrivate(), CertificateIssuer.keyIdentifier(subCa.getPublic()));

        Validation v = PathValidator.validate(List.of(leaf, sub, mid), List.of(root), chain.at(), "host.test");
        assertThat(v.failure()).isEqualTo(PathFailure.PATH_TOO_LONG);
        Throwable pkix = pkix(List.of(leaf, sub, mid), root, new Date(chain.at().toInstant().toEpochMilli()));
        assertThat(((CertPathValidatorException) pkix).getReason()).isEqualTo(PKIXReason.PATH_TOO_LONG);
        // Without the extra CA the same root and intermediate pass.
        Certificate direct = CertificateIssuer.issue(new CertificateSpec(java.math.BigInteger.valueOf(5), midName,
                new DistinguishedName("T", "host.test"), from, to, false, -1, false, List.of("host.test")),
                leafKey.getPublic(), issuingKey.getPrivate(), CertificateIssuer.keyIdentifier(issuingKey.getPublic()));
        assertThat(PathValidator.validate(List.of(direct, mid), List.of(root), chain.at(), "host.test").accepted()).isTrue();
        assertThat(pkix(List.of(direct, mid), root, new Date(chain.at().toInstant().toEpochMilli()))).isNull();
    }

    static X509Certificate jdk(Certificate c) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(c.der()));
    }

    /** The JDK's PKIX verdict: null when the path validates, else why not. */
    static Throwable pkix(List<Certificate> path, Certificate root, Date at) throws Exception {
        List<X509Certificate> certs = new ArrayList<>();
        for (Certificate c : path) {
            certs.add(jdk(c));
        }
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(certs);
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(jdk(root), null)));
        params.setRevocationEnabled(false);
        params.setDate(at);
        try {
            CertPathValidator.getInstance("PKIX").validate(certPath, params);
            return null;
        } catch (CertPathValidatorException e) {
            return e;
        }
    }
}
