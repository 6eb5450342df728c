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

    /**
     * One message's three moments, and the moment it is due when the stream has one (live audio's
     * play-out deadline), else {@link #NOT_YET}.
     */
    public record Message(int number, long sent, long arrived, long delivered, long deadline) {
        public Message(int number, long sent, long arrived, long delivered) {
            this(number, sent, arrived, delivered, NOT_YET);
        }
    }

    /** The same timeline with each sent message due {@code playout} after it was sent. */
    MessageTimeline withPlayout(long playout) {
        return new MessageTimeline(title, messages.stream().map(m -> new Message(m.number, m.sent, m.arrived,
                m.delivered, m.sent == NOT_YET ? NOT_YET : m.sent + playout)).toList());
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
            max = Math.max(max, Math.max(Math.max(m.sent, m.deadline), Math.max(m.arrived, m.delivered)));
        }
        return max;
    }
}
