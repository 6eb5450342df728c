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
    static Optional<Conversation> choose(List<Conversation> conversations) {
        List<Row> rows = conversations.stream().map(Row::new).toList();
        Row busiest = rows.stream().max(java.util.Comparator.comparingInt(r -> r.conversation.framesTotal()))
                .orElseThrow();
        ChoiceDialog<Row> dialog = new ChoiceDialog<>(busiest, rows);
        dialog.setTitle("Wirewise");
        dialog.setHeaderText("This capture holds " + conversations.size() + " conversations. Which one?");
        dialog.setContentText("Conversation:");
        return dialog.showAndWait().map(r -> r.conversation);
    }

    /** A conversation as the list shows it. */
    private record Row(Conversation conversation) {

        @Override
        public String toString() {
            Conversation c = conversation;
            return String.format(Locale.ROOT, "%d. %s %s ↔ %s — %d packets, %d bytes, %.3f s", c.number(),
                    c.protocolName(), c.a(), c.b(), c.framesTotal(), c.bytesTotal(), c.durationNanos() / 1e9);
        }
    }
}
