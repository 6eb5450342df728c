package org.wirewise.scenario;

/**
 * A scenario that cannot be used, with a message meant for the person who wrote it: which
 * field, what was found and what is allowed. Never carries a stack trace to the user.
 */
public class ScenarioException extends Exception {

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
