package org.wirewise.model.lb;

/**
 * Parameters of the load balancer lesson.
 *
 * @param balancer  layer 4 or layer 7
 * @param algorithm round robin or a 5-tuple hash, within a pool
 * @param https     clients connect with TLS to port 443
 * @param sticky    keep a client on one backend: by source address at layer 4, by session cookie at layer 7
 * @param seed      seeds the clients' ephemeral ports, sequence numbers and ciphertext
 */
public record LoadBalancerScenario(Balancer balancer, BalancingAlgorithm algorithm, boolean https, boolean sticky,
                                   long seed) {

    public static final LoadBalancerScenario DEFAULTS =
            new LoadBalancerScenario(Balancer.LAYER_7, BalancingAlgorithm.ROUND_ROBIN, true, true, 1);
}
