package org.wirewise.model.trace;

/**
 * A typed record a snapshot carries for views to draw from (a running timer, a buffer sample, a
 * NAT row). Views ask a snapshot for facts by type ({@link Snapshot#facts(Class)}); the tables
 * beside them are only for display, so no view ever reads a number back out of text.
 * Implementations are immutable records that copy what they are given.
 */
public interface Fact {
}
