package org.wirewise.ui.lesson.realtime;

import org.wirewise.model.http.ws.WebSocketSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.ui.lesson.tls.ExchangeWithSidePanes;
import org.wirewise.ui.lesson.tls.TableLines;

/**
 * The WebSocket lesson: the sequence diagram and the selected packet's bytes above two lists,
 * the step's frame field by field (or the handshake's key computation) and every frame so far.
 */
public final class WebSocketView extends ExchangeWithSidePanes {

    private final TableLines frame;
    private final TableLines messages;

    /** @param language the context's language: the diagram's and bytes pane's own words in it */
    public WebSocketView(java.util.Locale language) {
        this(new TableLines("websocket-frame"), new TableLines("websocket-messages"), language);
    }

    private WebSocketView(TableLines frame, TableLines messages, java.util.Locale language) {
        super(frame, messages, 0.62, language);
        this.frame = frame;
        this.messages = messages;
    }

    @Override
    protected void showSide(Snapshot snapshot) {
        frame.show(snapshot.table(WebSocketSimulator.FRAME_TABLE).orElse(null));
        messages.show(snapshot.table(WebSocketSimulator.MESSAGES_TABLE).orElse(null));
    }
}
