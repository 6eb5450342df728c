package org.wirewise.model.dns;

import org.wirewise.model.net.HostNode;

/** What a lesson hears from its DNS processes, after each has acted on what arrived. */
public interface DnsObserver {

    DnsObserver NONE = new DnsObserver() {
    };

    /** {@code at} has read {@code message} (a query or an answer) and done what it does with it. */
    default void received(HostNode at, DnsMessage message, boolean overTcp) {
    }

    /** The validating resolver on {@code at} has judged its answer to {@code question}. */
    default void validated(HostNode at, DnsMessage.Question question, Verdict verdict) {
    }

    /** The recursive resolver on {@code at} is answering {@code question} from its cache. */
    default void answeredFromCache(HostNode at, DnsMessage.Question question) {
    }
}
