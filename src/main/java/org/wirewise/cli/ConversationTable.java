package org.wirewise.cli;

import java.util.Locale;
import org.wirewise.model.replay.Conversation;

/** One line per conversation, the columns of Wireshark's Conversations dialog. */
final class ConversationTable {

    private ConversationTable() {
    }

    static String row(Conversation c) {
        return String.format(Locale.ROOT, "%4d  %-6s %s <-> %s  %d %s, %d bytes, %.6f s", c.number(),
                c.protocolName(), c.a(), c.b(), c.framesTotal(), c.framesTotal() == 1 ? "frame" : "frames",
                c.bytesTotal(), c.durationNanos() / 1e9);
    }
}
