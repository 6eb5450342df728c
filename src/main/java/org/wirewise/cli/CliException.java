package org.wirewise.cli;

/** A problem the user can fix; printed as one line on stderr, exit code 2. */
public final class CliException extends Exception {

    public CliException(String message) {
        super(message);
    }
}
