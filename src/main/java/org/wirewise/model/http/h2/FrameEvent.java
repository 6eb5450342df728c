package org.wirewise.model.http.h2;

import java.util.List;
import java.util.Optional;
import org.wirewise.model.http.hpack.HeaderBlock;
import org.wirewise.model.http.hpack.HeaderField;

/**
 * A frame one endpoint sent or took in, with what a view shows beside it: the header list when a
 * header block completed, the encoder's account of it when this side encoded it, the stream's
 * state and the windows after the frame.
 */
public record FrameEvent(boolean sent, Frame frame, List<HeaderField> headers, Optional<HeaderBlock> encoded,
                         StreamState streamState, long streamSendWindow, long connectionSendWindow,
                         long connectionReceiveWindow) {

    public FrameEvent {
        headers = List.copyOf(headers);
    }
}
