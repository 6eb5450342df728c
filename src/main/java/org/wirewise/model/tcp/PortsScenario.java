package org.wirewise.model.tcp;

/**
 * Parameters of the ports and sockets lesson: a few real connections to a server on port 443,
 * then the ephemeral-port exhaustion calculator for a client opening many short connections.
 *
 * @param rttMs                round-trip propagation time in milliseconds
 * @param seed                 seeds sequence numbers and the first ephemeral port
 * @param connections          how many real connections the diagram shows
 * @param connectionsPerSecond new outgoing connections per second to one server address and port
 * @param lifetimeMs           how long each connection stays open before the client closes it
 * @param timeWaitSeconds      how long a closed connection holds its port in TIME-WAIT
 * @param portRange            which ephemeral port range the client uses
 * @param twReuse              Linux net.ipv4.tcp_tw_reuse: reuse a TIME-WAIT port for a new outgoing connection
 * @param poolSize             connections kept open and reused (0: a new connection per request)
 * @param drop                 packets of the real connections to lose, by number; see {@link DropList}
 */
public record PortsScenario(double rttMs, long seed, int connections, double connectionsPerSecond,
                            double lifetimeMs, double timeWaitSeconds, PortRange portRange, boolean twReuse,
                            int poolSize, String drop) {

    /** Ephemeral port ranges. */
    public enum PortRange {
        IANA(49152, 65535, "IANA dynamic ports 49152–65535 (Windows, macOS)"),
        LINUX(32768, 60999, "Linux default ip_local_port_range 32768–60999"),
        WIDE(1024, 65535, "widened to 1024–65535");

        private final int low;
        private final int high;
        private final String description;

        PortRange(int low, int high, String description) {
            this.low = low;
            this.high = high;
            this.description = description;
        }

        public int low() {
            return low;
        }

        public int high() {
            return high;
        }

        public int size() {
            return high - low + 1;
        }

        public String description() {
            return description;
        }
    }

    public static final PortsScenario DEFAULTS =
            new PortsScenario(20, 1, 3, 500, 20, 60, PortRange.IANA, false, 0, "");
}
