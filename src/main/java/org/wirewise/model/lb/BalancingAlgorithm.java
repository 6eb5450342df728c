package org.wirewise.model.lb;

/** How a load balancer picks a backend within a pool. */
public enum BalancingAlgorithm {
    /** The next backend in turn. */
    ROUND_ROBIN,
    /** A hash of the connection's 5-tuple, so one connection always lands on one backend. */
    HASH
}
