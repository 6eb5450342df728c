package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.wirewise.model.trace.TracePacket;

/**
 * Which packet of a sequence diagram is selected (its bytes are shown) and which one the keyboard
 * is on (the focus mark), with the moves the keys make between them. It holds no nodes, so the
 * diagram's keyboard behaviour is tested without a scene; the diagram draws from it.
 *
 * <p>The mark moves among the packets the moment shows, in the order they were sent (ties by
 * number); it starts on the packet the step is about, else on the latest one sent.
 */
public final class PacketSelection {

    private static final Comparator<TracePacket> SENT_ORDER =
            Comparator.comparingLong(TracePacket::sentAt).thenComparingInt(TracePacket::id);

    private final ObjectProperty<TracePacket> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<TracePacket> marked = new SimpleObjectProperty<>(this, "marked");
    private List<TracePacket> shown = List.of();
    private TracePacket stepPacket;

    /** The packet whose bytes are shown; a click, Enter or a new step sets it. */
    public ObjectProperty<TracePacket> selectedProperty() {
        return selected;
    }

    /** The packet the keyboard is on; null when the mark is cleared or not placed yet. */
    public ObjectProperty<TracePacket> markedProperty() {
        return marked;
    }

    /**
     * The moment on show: the packets it shows and the one its step is about (null for none). A
     * mark on a packet the moment no longer shows is taken away.
     */
    public void setShown(List<TracePacket> packets, TracePacket ofStep) {
        List<TracePacket> sorted = new ArrayList<>(packets);
        sorted.sort(SENT_ORDER);
        shown = List.copyOf(sorted);
        stepPacket = ofStep;
        if (marked.get() != null && !shown.contains(marked.get())) {
            marked.set(null);
        }
    }

    /** Places the mark where the keyboard starts (the step's packet, else the latest sent) if it has none. */
    public void placeMark() {
        if (marked.get() == null && !shown.isEmpty()) {
            marked.set(stepPacket != null && shown.contains(stepPacket) ? stepPacket : shown.get(shown.size() - 1));
        }
    }

    /** Moves the mark to the next packet sent (Down), or places it; false when there is none further. */
    public boolean markNext() {
        return move(1);
    }

    /** Moves the mark to the packet sent before (Up), or places it; false when there is none earlier. */
    public boolean markPrevious() {
        return move(-1);
    }

    private boolean move(int by) {
        if (marked.get() == null) {
            placeMark();
            return marked.get() != null;
        }
        int i = shown.indexOf(marked.get()) + by;
        if (i < 0 || i >= shown.size()) {
            return false;
        }
        marked.set(shown.get(i));
        return true;
    }

    /** Enter: the marked packet becomes the selected one (its bytes show); false with no mark. */
    public boolean selectMarked() {
        if (marked.get() == null) {
            return false;
        }
        selected.set(marked.get());
        return true;
    }

    /** D or Delete: hands the marked packet to {@code toggleLoss} (null when the lesson cannot lose packets). */
    public boolean toggleLossOfMarked(Consumer<TracePacket> toggleLoss) {
        if (marked.get() == null || toggleLoss == null) {
            return false;
        }
        toggleLoss.accept(marked.get());
        return true;
    }

    /** Escape: takes the mark away; false when there was none (the key then means something else). */
    public boolean clearMark() {
        if (marked.get() == null) {
            return false;
        }
        marked.set(null);
        return true;
    }

    /** A new trace: nothing is marked, nothing shown yet. */
    public void reset() {
        marked.set(null);
        shown = List.of();
        stepPacket = null;
    }
}
