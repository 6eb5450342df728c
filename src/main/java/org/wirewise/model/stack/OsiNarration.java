package org.wirewise.model.stack;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the osi-model lesson shows, in one language ({@code osi-model.properties}
 * and its translations): the layers' names, PDUs and jobs, the TCP/IP layers and why each technology
 * sits where it does.
 */
final class OsiNarration {

    static final String TEXTS = "org.wirewise.model.stack.osi-model";

    private final Texts texts;

    OsiNarration(Locale language) {
        this.texts = Texts.of(TEXTS, language);
    }

    /** A text of the bundle with no numbers: a title, a column, a lane. */
    String text(String key) {
        return texts.get(key);
    }

    /**
     * A dissector layer's name for the layers table. Names stay as Wireshark writes them in every
     * language; only its whole-frame pseudo-layer "Frame" gets a gloss where the word is not the language's.
     */
    String dissectorLayer(String name) {
        return name.equals("Frame") ? texts.get("dissector.frame") : name;
    }

    String layerName(int layer) {
        return texts.get("layer." + layer + ".name");
    }

    String pdu(int layer) {
        return texts.get("layer." + layer + ".pdu");
    }

    /** A TCP/IP layer's name, from its English name ("Internet"). */
    String tcpIp(String englishName) {
        return texts.get("tcpip." + englishName.toLowerCase(Locale.ROOT));
    }

    String why(Technology t) {
        return texts.get("tech." + t.name().toLowerCase(Locale.ROOT) + ".why");
    }

    String layerTitle(int layer) {
        return texts.get("step.layer", Integer.toString(layer), layerName(layer));
    }

    String layer(int layer, String tcpIp, String technologies) {
        String pdu = texts.has("layer." + layer + ".pduLong") ? texts.get("layer." + layer + ".pduLong") : pdu(layer);
        return texts.get("layer", Integer.toString(layer), layerName(layer), texts.get("layer." + layer + ".job"),
                pdu, tcpIp(tcpIp), technologies.isEmpty() ? "" : texts.get("layer.techs", technologies));
    }

    String technologyTitle(Technology t) {
        return texts.get("step.technology", t.displayName());
    }

    String technology(Technology t) {
        return texts.get("technology", t.displayName(), t.osi(), tcpIp(t.tcpIp()), why(t));
    }
}
