package org.wirewise.ui.lesson.stack;

import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.packet.Field;
import org.wirewise.model.stack.DeviceLayers;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.stack.FrameLayers;
import org.wirewise.model.stack.StackDissector;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The encapsulation lesson: the path (client, switch, router, server) drawn as stacks, the frame
 * on display as coloured header blocks, the overhead and the router's rewrites, and the bytes of
 * the frame as far as it has been built (down the stack) or is left (up the stack).
 */
public final class EncapsulationView implements LessonView {

    private final DevicePath path = new DevicePath();
    private final Texts texts;
    private final PacketBlocks blocks;
    private final TableCard changes = new TableCard("router-changes", 0);
    private final TableCard overhead = new TableCard("overhead", 0);
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    private final SplitPane root = new SplitPane();
    private Trace trace;
    private int shownStep = -1;

    public EncapsulationView(Locale language) {
        texts = StackPage.texts(language);
        blocks = new PacketBlocks(texts);
        // The router's rewrites (one step has them) right under the router that made them, and every
        // highlighted label followed at once: the layer the router reads and the row it rewrites share
        // the screen (the frame's highlighted block, under them, is not what pulls the view).
        StackPage.fill(root, new VBox(path, changes, blocks, overhead), bytes, 0.58, ".label.highlighted");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        Step step = trace.step(stepIndex);
        path.show(trace, step.snapshot().nodes(), step.snapshot().fact(DeviceLayers.class).orElseThrow(), time);
        if (stepIndex == shownStep) {
            return;
        }
        shownStep = stepIndex;
        FrameLayers layers = step.snapshot().fact(FrameLayers.class).orElseThrow();
        blocks.show(layers);
        changes.show(step.snapshot().table(EncapsulationSimulator.CHANGES_TABLE).orElse(null));
        overhead.show(step.snapshot().table(EncapsulationSimulator.OVERHEAD_TABLE).orElse(null));
        showBytes(step.packetId() >= 0 ? trace.packets().get(step.packetId()) : null, layers);
    }

    @Override
    public void dispose() {
        // Nothing here listens to anything that outlives this view.
    }

    /** The frame from its outermost present layer on, with the step's layer selected. */
    private void showBytes(TracePacket packet, FrameLayers layers) {
        if (packet == null) {
            bytes.clear(texts.get("bytes.empty"));
            return;
        }
        byte[] frame = packet.frame();
        Field whole = StackDissector.dissect(frame);
        Field outer = StackDissector.find(whole, layers.outermost().field());
        int from = outer == null || !layers.outermost().captured() ? 0 : outer.offset();
        Field sliced = StackDissector.slice(whole, from);
        bytes.show(texts.get("encapsulation.bytes", packet.label(), Integer.toString(frame.length - from),
                Integer.toString(frame.length)), Arrays.copyOfRange(frame, from, frame.length), sliced);
        layers.highlighted().ifPresent(r -> {
            Field layer = StackDissector.find(sliced, r.field());
            Field key = layer == null ? null : StackDissector.find(layer, r.keyField());
            bytes.select(key != null ? key : layer);
        });
    }
}
