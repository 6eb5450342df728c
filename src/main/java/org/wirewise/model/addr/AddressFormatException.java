package org.wirewise.model.addr;

/** Text that is not an address, a prefix length or a CIDR block; the message says what is wrong. */
public final class AddressFormatException extends IllegalArgumentException {

    public AddressFormatException(String message) {
        super(message);
    }
}
