package org.wirewise.model.addr;

/**
 * What a person types into a calculator: an address, optionally with "/prefix" ("192.0.2.77/24").
 * Without a prefix the block is the single address (/32 or /128).
 *
 * @param address the address as typed
 * @param block   the block of that prefix length which holds it
 */
public record CidrInput(IpAddress address, Cidr block) {

    public static CidrInput parse(String text) {
        TextChecks.requirePlain(text, "address");
        int slash = text.indexOf('/');
        if (slash < 0) {
            IpAddress a = IpAddress.parse(text);
            return new CidrInput(a, Cidr.containing(a, a.family().bits()));
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw new AddressFormatException(TextChecks.quote(text) + " has two '/'; write address/prefix, as in 10.0.0.0/16");
        }
        if (slash == 0) {
            throw new AddressFormatException(TextChecks.quote(text) + " has no address before '/'; write address/prefix,"
                    + " as in 10.0.0.0/16");
        }
        IpAddress a = IpAddress.parse(text.substring(0, slash));
        return new CidrInput(a, Cidr.containing(a, parsePrefix(text.substring(slash + 1), a.family())));
    }

    /** A prefix length as typed after '/': decimal digits, no sign, no leading zero. */
    public static int parsePrefix(String text, Family family) {
        String range = family.displayName() + " allows /0 to /" + family.bits();
        if (text.isEmpty()) {
            throw new AddressFormatException("the prefix length after '/' is missing; " + range);
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new AddressFormatException("prefix length " + TextChecks.quote(text) + " is not a whole number; " + range);
            }
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            throw new AddressFormatException("prefix length " + TextChecks.quote(text) + " has a leading zero; " + range);
        }
        if (text.length() > 3 || Integer.parseInt(text) > family.bits()) {
            throw new AddressFormatException("prefix length /" + (text.length() > 60 ? TextChecks.quote(text) : text) + " is too long; " + range);
        }
        return Integer.parseInt(text);
    }

    public boolean hostBitsSet() {
        return !address.equals(block.network());
    }
}
