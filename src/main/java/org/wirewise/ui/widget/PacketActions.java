package org.wirewise.ui.widget;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.TracePacket;

/**
 * What a packet drawn on a {@link SequenceDiagram} offers, on its arrow and on its label alike: a
 * tooltip with its details, a click to select it, and, when the diagram has an
 * {@code onTogglePacketLoss} action, Shift-click and a context menu to lose or deliver it.
 */
final class PacketActions {

    private final ObjectProperty<TracePacket> selectedPacket;
    private final ObjectProperty<Consumer<TracePacket>> onTogglePacketLoss;
    /** One tooltip per packet, made once per trace: layout rebuilds the nodes on every pulse. */
    private final Map<Integer, Tooltip> tooltips = new HashMap<>();

    PacketActions(ObjectProperty<TracePacket> selectedPacket, ObjectProperty<Consumer<TracePacket>> onTogglePacketLoss) {
        this.selectedPacket = selectedPacket;
        this.onTogglePacketLoss = onTogglePacketLoss;
    }

    /** Drops the cached tooltips: for a new trace, or when their last line (whether Shift-click works) changes. */
    void forgetTooltips() {
        tooltips.clear();
    }

    /** Makes {@code hit}, the wide invisible line over a packet's arrow, offer the packet's actions. */
    void attachToArrow(Line hit, TracePacket p) {
        hit.setUserData(p);
        Tooltip.install(hit, tooltip(p));
        hit.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> click(e, p));
        hit.setOnContextMenuRequested(e -> lossMenu(p).show(hit, e.getScreenX(), e.getScreenY()));
    }

    /** Makes a packet's label offer the packet's actions. */
    void attachToLabel(Label label, TracePacket p) {
        label.setUserData(p);
        label.setOnMouseClicked(e -> click(e, p));
        if (onTogglePacketLoss.get() != null) {
            label.setContextMenu(lossMenu(p));
        }
        label.setTooltip(tooltip(p));
    }

    Tooltip tooltip(TracePacket p) {
        return tooltips.computeIfAbsent(p.id(), id -> new Tooltip(p.label() + "\n" + p.length() + " bytes, " + p.fate().displayName()
                + "\nsent " + SimTime.format(p.sentAt()) + ", arrives " + SimTime.format(p.arrivesAt())
                + "\nClick to see its bytes."
                + (onTogglePacketLoss.get() == null ? ""
                : p.delivered() ? "\nRight-click or Shift-click to lose it." : "\nRight-click or Shift-click to deliver it.")));
    }

    private void click(MouseEvent e, TracePacket p) {
        if (e.isShiftDown() && onTogglePacketLoss.get() != null) {
            onTogglePacketLoss.get().accept(p);
        } else {
            selectedPacket.set(p);
        }
    }

    ContextMenu lossMenu(TracePacket p) {
        MenuItem item = new MenuItem(p.delivered() ? "Lose this packet" : "Deliver this packet");
        item.setId("toggle-loss-" + p.id());
        item.setOnAction(e -> {
            if (onTogglePacketLoss.get() != null) {
                onTogglePacketLoss.get().accept(p);
            }
        });
        ContextMenu menu = new ContextMenu(item);
        menu.setAutoHide(true);
        return menu;
    }
}
