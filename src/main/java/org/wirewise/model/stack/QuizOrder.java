package org.wirewise.model.stack;

/** The order of the quiz's questions. */
public enum QuizOrder {
    /** As the chapter teaches: OSI, encapsulation, load balancers. */
    CHAPTER,
    /** Shuffled by the seed. */
    SHUFFLED
}
