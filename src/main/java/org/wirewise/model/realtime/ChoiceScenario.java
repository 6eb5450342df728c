package org.wirewise.model.realtime;

/**
 * The requirements the choose-realtime lesson weighs.
 *
 * @param direction        who sends updates: only the server, or both sides
 * @param updatesPerMinute how often an update happens
 * @param browser          browsers are among the clients
 * @param proxies          traffic must pass proxies or middleboxes that only know plain HTTP/1.1
 * @param binary           the payloads are binary
 */
public record ChoiceScenario(Direction direction, int updatesPerMinute, boolean browser, boolean proxies,
                             boolean binary) {

    /** Who sends updates. */
    public enum Direction { SERVER_TO_CLIENT, BOTH }

    public static final int MAX_RATE = 60_000;

    public static final ChoiceScenario DEFAULTS = new ChoiceScenario(Direction.SERVER_TO_CLIENT, 30, true, false, false);
}
