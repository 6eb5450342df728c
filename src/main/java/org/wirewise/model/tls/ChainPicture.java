package org.wirewise.model.tls;

import java.util.List;
import java.util.Objects;
import org.wirewise.model.packet.Field;
import org.wirewise.model.trace.Fact;

/**
 * The certificate lesson's picture at one step: root, intermediate and leaf as cards (what each
 * is, who signed it, whether the client has it), the checks made so far on each, which card's
 * bytes are shown, and the client's verdict once it is reached.
 *
 * @param cards    root first, leaf last
 * @param selected the card whose DER the step shows
 * @param verdict  null until the last step
 */
public record ChainPicture(List<Card> cards, int selected, String host, String clock, Verdict verdict) implements Fact {

    public ChainPicture {
        cards = List.copyOf(cards);
        Objects.checkIndex(selected, cards.size());
    }

    public enum Role { ROOT, INTERMEDIATE, LEAF }

    /** How the certificate reaches the client, if it does. */
    public enum Presence {
        /** In the client's trust store (shipped with the OS or browser). */
        TRUSTED,
        /** In the server's Certificate message. */
        SENT,
        /** Exists, but the server did not send it and the client does not have it. */
        NOT_SENT,
        /** A root the client does not have in its trust store. */
        NOT_TRUSTED,
        /** Not part of this server's chain (a self-signed leaf has no CA above it). */
        UNUSED
    }

    /** One check on a card and its verdict. */
    public record Mark(String check, String section, boolean passed) {
    }

    /**
     * @param signedBy who signed it ("itself" for a root or a self-signed certificate)
     * @param details  the facts the checks read, one line each: validity, constraints, names
     */
    public record Card(Role role, String name, String signedBy, List<String> details, Presence presence, byte[] der,
                       Field dissection, List<Mark> marks) {

        public Card {
            details = List.copyOf(details);
            der = der.clone();
            marks = List.copyOf(marks);
        }

        @Override
        public byte[] der() {
            return der.clone();
        }
    }

    /** What the client does: continue the handshake, or send this fatal alert and close. */
    public record Verdict(boolean accepted, String alert, int alertCode, String reason) {
    }
}
