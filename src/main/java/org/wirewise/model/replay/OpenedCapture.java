package org.wirewise.model.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.CapturedPacket;
import org.wirewise.model.pcap.PcapFormatException;

/**
 * A capture read for replay: its frames' IP headers decoded once and its conversations listed.
 * The raw bytes stay in the {@link Capture} for the bytes view.
 */
public final class OpenedCapture {

    private final Capture capture;
    private final List<Frame> frames;
    private final List<Conversation> conversations;

    private OpenedCapture(Capture capture, List<Frame> frames) {
        this.capture = capture;
        this.frames = List.copyOf(frames);
        this.conversations = Conversations.of(this.frames);
    }

    /** @throws PcapFormatException when the link type is not one Wirewise reads */
    public static OpenedCapture of(Capture capture) throws PcapFormatException {
        Objects.requireNonNull(capture, "capture");
        FrameDecoder decoder = FrameDecoder.forLinkType(capture.linkType());
        List<Frame> frames = new ArrayList<>(capture.packets().size());
        int number = 1;
        for (CapturedPacket p : capture.packets()) {
            Frame f = decoder.decode(number++, p.timestampNanos(), p.originalLength(), p.data());
            if (f != null) {
                frames.add(f);
            }
        }
        return new OpenedCapture(capture, frames);
    }

    public Capture capture() {
        return capture;
    }

    /** The IP frames, in capture order; frames without IP are left out. */
    public List<Frame> frames() {
        return frames;
    }

    public List<Conversation> conversations() {
        return conversations;
    }

    /** Nanoseconds of the capture's first packet, from which Wireshark's relative times count. */
    public long startNanos() {
        return capture.packets().isEmpty() ? 0 : capture.packets().get(0).timestampNanos();
    }
}
