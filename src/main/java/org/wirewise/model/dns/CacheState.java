package org.wirewise.model.dns;

/** How the lesson's recursive resolver starts. */
public enum CacheState {
    /** Only the root hints: the first lookup walks root, TLD and authoritative servers. */
    COLD,
    /** It already holds the answer and the delegations, as after another user's lookup moments ago. */
    WARM
}
