package org.wirewise.model.stack;

/**
 * Parameters of the OSI model lesson.
 *
 * @param technology the technology the last step places on the stack
 */
public record OsiScenario(Technology technology) {

    public static final OsiScenario DEFAULTS = new OsiScenario(Technology.QUIC);
}
