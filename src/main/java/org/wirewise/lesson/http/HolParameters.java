package org.wirewise.lesson.http;

import java.util.List;
import org.wirewise.scenario.ParameterSpec;

/** The head-of-line lab's parameters: one spec each, shared by the lesson's panel and {@code wirewise http compare}. */
public final class HolParameters {

    public static final ParameterSpec RTT = ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 1, 1000,
            "Time for a packet to reach the server and an answer to come back.");
    public static final ParameterSpec BANDWIDTH = ParameterSpec.decimal("bandwidthMbps", "Bandwidth", "Mbit/s", 1, 1000,
            "The cable's rate each way.");
    public static final ParameterSpec LOSS = ParameterSpec.decimal("lossPercent", "Random loss", "%", 0, 20,
            "Each packet, either way, is lost with this probability (drawn from the seed).");
    public static final ParameterSpec LOSE_PACKET = ParameterSpec.integer("losePacket", "Lose packet", "", 0, 1000,
            "The n-th packet of response bytes the server sends after the browser asked for the assets is lost; "
                    + "0 loses none.");
    public static final ParameterSpec ASSETS = ParameterSpec.integer("assets", "Assets", "", 1, 100,
            "How many scripts the HTML names, requested together once it has arrived; their sizes come from the seed.");
    public static final ParameterSpec SEED = ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
            "Seeds the asset sizes, the random loss and every random byte (ports, sequence numbers, TLS keys).");

    /** In the order of {@code HolSetup}'s components. */
    public static final List<ParameterSpec> ALL = List.of(RTT, BANDWIDTH, LOSS, LOSE_PACKET, ASSETS, SEED);

    private HolParameters() {
    }
}
