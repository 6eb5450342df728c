package org.wirewise.ui.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import org.wirewise.model.replay.Conversation;

/** Which conversation of a capture to replay, listed as Wireshark's Conversations dialog lists them. */
final class ConversationChooser {

    private ConversationChooser() {
    }

    /** Asks the user; empty when they cancel. */
    static Optional<Conversation> choose(List<Conversation> conversations, org.wirewise.model.text.Texts texts) {
        List<Row> rows = conversations.stream().map(c -> new Row(c, texts)).toList();
        Row busiest = rows.stream().max(java.util.Comparator.comparingInt(r -> r.conversation.framesTotal()))
                .orElseThrow();
        ChoiceDialog<Row> dialog = new ChoiceDialog<>(busiest, rows);
        dialog.setTitle("Wirewise");
        dialog.setHeaderText(texts.get("capture.choose.header", Integer.toString(conversations.size())));
        dialog.setContentText(texts.get("capture.choose"));
        return dialog.showAndWait().map(r -> r.conversation);
    }

    /** A conversation as the list shows it. */
    private record Row(Conversation conversation, org.wirewise.model.text.Texts texts) {

        @Override
        public String toString() {
            Conversation c = conversation;
            org.wirewise.model.text.Units units = new org.wirewise.model.text.Units(texts.language());
            return texts.get("capture.row", Integer.toString(c.number()), c.protocolName(), c.a(), c.b(),
                    Long.toString(c.framesTotal()), Long.toString(c.bytesTotal()), units.fixed(c.durationNanos() / 1e9, 3));
        }
    }
}
