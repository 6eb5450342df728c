package org.wirewise.model.tls;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * The key schedule as a view draws it (RFC 8446 §7.1): the three stages, and for each traffic
 * secret derived so far its stage, its first bytes and the records it protects.
 *
 * @param title   what the picture is headed with
 * @param stages  the stage secrets reached so far, in order: Early, Handshake, Master
 * @param secrets the traffic secrets derived so far, in order
 */
public record KeyScheduleFact(String title, List<Stage> stages, List<Secret> secrets) implements Fact {

    /** A stage secret: its name, what was mixed in, its first bytes in hex. */
    public record Stage(String name, String input, String prefix) {
    }

    /** A traffic secret: its key log label, the stage it comes from, its first bytes, the records it protects. */
    public record Secret(String label, String stage, String prefix, String protects) {
    }

    public KeyScheduleFact {
        stages = List.copyOf(stages);
        secrets = List.copyOf(secrets);
    }
}
