package org.wirewise.model.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.PcapFormatException;
import org.wirewise.model.sim.Progress;

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
        return of(capture, Progress.NONE);
    }

    /**
     * @param progress told how many frames are decoded; it cancels by throwing
     *                 {@link java.util.concurrent.CancellationException}
     * @throws PcapFormatException when the link type is not one Wirewise reads
     */
    public static OpenedCapture of(Capture capture, Progress progress) throws PcapFormatException {
        Objects.requireNonNull(capture, "capture");
        int total = capture.size();
        FrameDecoder decoder = FrameDecoder.forLinkType(capture.linkType());
        List<Frame> frames = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int number = i + 1;
            Frame f = decoder.decode(number, capture.timestampNanos(i), capture.originalLength(i), capture.data(i));
            if (f != null) {
                frames.add(f);
            }
            if ((number & 0xFFFF) == 0) {
                progress.worked((double) number / total);
            }
        }
        progress.worked(1);
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
        return capture.size() == 0 ? 0 : capture.timestampNanos(0);
    }
}
