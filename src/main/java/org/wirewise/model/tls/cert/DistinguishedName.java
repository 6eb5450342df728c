package org.wirewise.model.tls.cert;

import java.util.Objects;

/**
 * A certificate's issuer or subject name (RFC 5280 §4.1.2.4), kept to what the lessons need: an
 * organization and a common name, each a one-attribute RDN, UTF8String as §4.1.2.4 recommends.
 */
public record DistinguishedName(String organization, String commonName) {

    static final String ORGANIZATION = "2.5.4.10";
    static final String COMMON_NAME = "2.5.4.3";

    public DistinguishedName {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(commonName, "commonName");
    }

    /** Name ::= SEQUENCE OF RelativeDistinguishedName, each a SET OF AttributeTypeAndValue. */
    byte[] der() {
        return Der.sequence(
                Der.setOfOne(Der.sequence(Der.oid(ORGANIZATION), Der.utf8(organization))),
                Der.setOfOne(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
    }

    static DistinguishedName parse(DerReader.Value name) {
        String o = "";
        String cn = "";
        for (DerReader.Value rdn : name.children()) {
            for (DerReader.Value attribute : rdn.children()) {
                String type = attribute.child(0).oid();
                if (type.equals(ORGANIZATION)) {
                    o = attribute.child(1).text();
                } else if (type.equals(COMMON_NAME)) {
                    cn = attribute.child(1).text();
                }
            }
        }
        return new DistinguishedName(o, cn);
    }

    @Override
    public String toString() {
        return "CN=" + commonName + ", O=" + organization;
    }
}
