package org.wirewise.model.tls.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OpenSSL as a third judge, where it is installed: `openssl x509 -text` decodes every certificate,
 * and `openssl verify` at the client's clock, with the host name, reports the same verify error
 * the validator names (PathFailure.opensslErrorCode), or accepts the good chain.
 */
class OpensslAgreesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ChainFault.class)
    void opensslDecodesEachCertificate_andReachesTheSameVerdict(ChainFault fault) throws Exception {
        assumeTrue(available(), "openssl is not installed here");
        CertificateChain chain = Chains.of(fault);
        for (Certificate c : List.of(chain.root(), chain.intermediate(), chain.leaf())) {
            Path der = dir.resolve(c.serial().toString(16) + ".der");
            Files.write(der, c.der());
            String text = run("openssl", "x509", "-inform", "DER", "-in", der.toString(), "-noout", "-text").output;
            assertThat(text).contains("Subject: O = " + c.subject().organization() + ", CN = " + c.subject().commonName(),
                    "Signature Algorithm: ED25519", "X509v3 Basic Constraints: critical");
        }
        Path root = pem("root.pem", List.of(chain.root()));
        List<String> command = new ArrayList<>(List.of("openssl", "verify", "-CAfile", root.toString(),
                "-attime", Long.toString(chain.at().toEpochSecond()), "-verify_hostname", chain.host()));
        if (chain.sent().size() > 1) {
            command.addAll(List.of("-untrusted", pem("sent.pem", chain.sent().subList(1, chain.sent().size())).toString()));
        }
        command.add(pem("leaf.pem", List.of(chain.leaf())).toString());
        Result verify = run(command.toArray(String[]::new));

        PathFailure ours = chain.validate().failure();
        if (ours == null) {
            assertThat(verify.code).as(verify.output).isZero();
        } else {
            Matcher error = Pattern.compile("error (\\d+) at").matcher(verify.output);
            assertThat(error.find()).as(verify.output).isTrue();
            assertThat(Integer.parseInt(error.group(1))).as(verify.output).isEqualTo(ours.opensslErrorCode());
        }
    }

    private Path pem(String name, List<Certificate> certificates) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Certificate c : certificates) {
            text.append("-----BEGIN CERTIFICATE-----\n")
                    .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.der()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private record Result(int code, String output) {
    }

    private static Result run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static boolean available() {
        try {
            return run("openssl", "version").code == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
