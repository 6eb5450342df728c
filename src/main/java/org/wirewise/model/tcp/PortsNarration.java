package org.wirewise.model.tcp;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the ports-sockets lesson shows, in one language
 * ({@code ports-sockets.properties} and its translations); the numbers come from the run and from
 * {@link PortExhaustion}.
 */
final class PortsNarration {

    private final Texts texts;
    private final TcpUnits units;

    PortsNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.tcp.ports-sockets", language);
        this.units = new TcpUnits(texts.language());
    }

    /** The text under {@code key} with {@code args} (already formatted: ports and addresses never grouped) filled in. */
    String say(String key, String... args) {
        return texts.get(key, (Object[]) args);
    }

    /** A table's columns, listed in the bundle separated by "|". */
    List<String> columns(String key) {
        return List.of(texts.get(key).split("\\|"));
    }

    String range(PortsScenario.PortRange range) {
        return say("range." + range.name());
    }

    /** A parameter as typed, thousands grouped when whole: "500", "1,000", "2.5". */
    String plain(double v) {
        return v == Math.rint(v) ? units.grouped((long) v) : units.fixed(v, 1);
    }

    String close(PortsScenario s, int port) {
        return say("close", plain(s.lifetimeMs()), Integer.toString(port), plain(s.timeWaitSeconds()));
    }

    String exhaustion(PortsScenario s) {
        double needed = PortExhaustion.portsNeeded(s);
        double failure = PortExhaustion.failureAt(s);
        String available = units.grouped(s.portRange().size());
        String verdict = failure < 0 ? say("verdict.fits", units.units().grouped(needed, 0), available)
                : say("verdict.exhausted", units.units().grouped(needed, 0), available, units.fixed(failure, 1));
        return say("exhaustion", units.units().grouped(s.connectionsPerSecond(), 0), plain(s.lifetimeMs()),
                plain(s.timeWaitSeconds()), units.fixed(PortExhaustion.holdSeconds(s), 2),
                units.units().grouped(s.connectionsPerSecond(), 0), verdict, range(s.portRange()));
    }

    String remedies(PortsScenario s) {
        double rate = s.connectionsPerSecond();
        double lifetime = s.lifetimeMs() / 1000;
        return say("remedies", units.grouped(64_512), units.units().grouped(64512 / PortExhaustion.holdSeconds(s), 0),
                units.units().grouped(rate * (lifetime + PortExhaustion.TW_REUSE_SECONDS), 0),
                units.units().grouped(rate * s.timeWaitSeconds(), 0));
    }
}
