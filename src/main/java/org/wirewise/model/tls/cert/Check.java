package org.wirewise.model.tls.cert;

/**
 * One check of path validation and its verdict.
 *
 * @param kind        what was checked, with its section
 * @param certificate the certificate checked (for a signature: the one whose signature it is)
 * @param passed      whether it held
 */
public record Check(Kind kind, Certificate certificate, boolean passed) {

    /** The checks a client makes, in the order this validator makes them, each with its section. */
    public enum Kind {
        /** Path building: some certificate the client has names this one's issuer as its subject. */
        ISSUER_FOUND("RFC 5280", "§6.1 (path building)"),
        SIGNATURE("RFC 5280", "§6.1.3 (a)(1)"),
        VALIDITY("RFC 5280", "§6.1.3 (a)(2)"),
        ISSUER_NAME("RFC 5280", "§6.1.3 (a)(4)"),
        BASIC_CONSTRAINTS("RFC 5280", "§6.1.4 (k)"),
        PATH_LENGTH("RFC 5280", "§6.1.4 (l), (m)"),
        KEY_USAGE("RFC 5280", "§6.1.4 (n)"),
        HOST_NAME("RFC 6125", "§6.4");

        private final String rfc;
        private final String clause;

        Kind(String rfc, String clause) {
            this.rfc = rfc;
            this.clause = clause;
        }

        /** The document: "RFC 5280". */
        public String rfc() {
            return rfc;
        }

        /** Where in it: "§6.1.3 (a)(1)". */
        public String clause() {
            return clause;
        }

        public String section() {
            return rfc + " " + clause;
        }
    }
}
