package org.wirewise.model.stack;

/**
 * Parameters of the "which layer?" check.
 *
 * @param questions how many questions to ask
 * @param order     chapter order or shuffled
 * @param seed      seeds the shuffle
 */
public record WhichLayerScenario(int questions, QuizOrder order, long seed) {

    public static final WhichLayerScenario DEFAULTS = new WhichLayerScenario(10, QuizOrder.CHAPTER, 1);
}
