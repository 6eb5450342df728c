package org.wirewise.model.addr;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Text that is not an address, a prefix length or a CIDR block, or an edit a VPC plan cannot take;
 * the message says what is wrong. The planner's messages come from its bundle: {@link #getMessage()}
 * is English (the command line's language), {@link #getMessage(Locale)} the window's.
 */
public final class AddressFormatException extends IllegalArgumentException {

    /** The VPC planner's bundle, which holds its messages. */
    static final String PLANNER = "org.wirewise.model.addr.vpc-planner";

    private final String key;
    private final transient Object[] args;

    public AddressFormatException(String message) {
        super(message);
        this.key = null;
        this.args = new Object[0];
    }

    private AddressFormatException(String key, Object[] args) {
        super(Texts.english(PLANNER).get(key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** A planner message {@code key} of the vpc-planner bundle; arguments already formatted as text. */
    static AddressFormatException planner(String key, Object... args) {
        return new AddressFormatException(key, args);
    }

    /** The message in {@code language} (English for messages that are not the planner's). */
    public String getMessage(Locale language) {
        return key == null ? getMessage() : Texts.of(PLANNER, language).get(key, args);
    }
}
