package org.wirewise.model.tcp;

import java.util.List;
import java.util.Objects;
import org.wirewise.model.trace.Fact;

/**
 * When each message of a stream was sent, reached the receiver and was handed to the
 * application, so a view can show the wait behind a hole. Times are simulated nanoseconds, or
 * {@link #NOT_YET} where it has not happened by the step.
 *
 * @param title    what the stream is ("TCP", "UDP")
 * @param messages one entry per message, numbered from 1
 */
public record MessageTimeline(String title, List<Message> messages) implements Fact {

    public static final long NOT_YET = -1;

    public MessageTimeline {
        Objects.requireNonNull(title, "title");
        messages = List.copyOf(messages);
    }

    /** One message's three moments. */
    public record Message(int number, long sent, long arrived, long delivered) {
    }

    /** The timeline of parallel arrays, as the simulators keep them (copied). */
    static MessageTimeline of(String title, long[] sent, long[] arrived, long[] delivered) {
        Message[] out = new Message[sent.length];
        for (int i = 0; i < sent.length; i++) {
            out[i] = new Message(i + 1, sent[i], arrived[i], delivered[i]);
        }
        return new MessageTimeline(title, List.of(out));
    }

    /** The latest moment on the timeline, or {@link #NOT_YET}. */
    public long latest() {
        long max = NOT_YET;
        for (Message m : messages) {
            max = Math.max(max, Math.max(m.sent, Math.max(m.arrived, m.delivered)));
        }
        return max;
    }
}
