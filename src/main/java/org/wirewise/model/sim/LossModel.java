package org.wirewise.model.sim;

import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Decides whether the n-th packet (1-based) put on a link is lost in transit. */
public sealed interface LossModel {

    boolean drops(long packetNumber, RandomGenerator random);

    /** A short description for narration and trace output. */
    String describe();

    LossModel NONE = new None();

    record None() implements LossModel {
        @Override
        public boolean drops(long packetNumber, RandomGenerator random) {
            return false;
        }

        @Override
        public String describe() {
            return "no loss";
        }
    }

    /** Each packet is lost independently with the given probability, drawn from a seeded stream. */
    record Random(double probability) implements LossModel {
        public Random {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("loss probability must be between 0 and 1, got " + probability);
            }
        }

        @Override
        public boolean drops(long packetNumber, RandomGenerator random) {
            return random.nextDouble() < probability;
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "random loss %.2f%%", probability * 100);
        }
    }

    /** Exactly the listed packets are lost: the teacher's "lose this one". */
    record DropList(Set<Long> packetNumbers) implements LossModel {
        public DropList {
            packetNumbers = Set.copyOf(packetNumbers);
        }

        @Override
        public boolean drops(long packetNumber, RandomGenerator random) {
            return packetNumbers.contains(packetNumber);
        }

        @Override
        public String describe() {
            return "drop packets " + new TreeSet<>(packetNumbers);
        }
    }
}
