package org.wirewise.model.realtime;

/**
 * Parameters of the WebSocket scaling lesson.
 *
 * @param servers        chat servers behind the proxy (2 to 4)
 * @param stickiness     how the proxy keeps a user on a server: a hash of the address, or a cookie it sets
 * @param connections    idle connections the fleet holds, for the memory and file-descriptor totals
 * @param appKib         what the application keeps per connection, in KiB (an assumption the user sets)
 * @param herdClients    clients that reconnect at once after a server restart
 * @param acceptsPer100ms how many reconnects the restarted servers accept per 100 ms; the rest are refused and retry
 * @param seed           seeds TCP's numbers, the WebSocket keys and masks, and every backoff draw
 */
public record ScalingScenario(int servers, Stickiness stickiness, int connections, int appKib, int herdClients, int acceptsPer100ms,
                              long seed) {

    /** How the proxy keeps a user on one server. */
    public enum Stickiness { IP_HASH, COOKIE }

    public static final int MIN_SERVERS = 2;
    public static final int MAX_SERVERS = 4;
    public static final int MAX_CONNECTIONS = 100_000;
    public static final int MAX_HERD = 100_000;

    public static final ScalingScenario DEFAULTS = new ScalingScenario(3, Stickiness.IP_HASH, 100_000, 8, 10_000, 1_000, 1);
}
