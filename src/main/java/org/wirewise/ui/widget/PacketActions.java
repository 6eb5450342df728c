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
    private WidgetWords words = WidgetWords.ENGLISH;

    PacketActions(ObjectProperty<TracePacket> selectedPacket, ObjectProperty<Consumer<TracePacket>> onTogglePacketLoss) {
        this.selectedPacket = selectedPacket;
        this.onTogglePacketLoss = onTogglePacketLoss;
    }

    /** The language of the tooltips and the menu. */
    void setWords(WidgetWords newWords) {
        words = newWords;
        forgetTooltips();
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
        return tooltips.computeIfAbsent(p.id(), id -> new Tooltip(words.get("packet.help", p.label(),
                Integer.toString(p.length()), words.get("fate." + p.fate().name()), words.units().time(p.sentAt()),
                words.units().time(p.arrivesAt()))
                + (onTogglePacketLoss.get() == null ? ""
                : "\n" + words.get(p.delivered() ? "packet.help.lose" : "packet.help.deliver"))));
    }

    private void click(MouseEvent e, TracePacket p) {
        if (e.isShiftDown() && onTogglePacketLoss.get() != null) {
            onTogglePacketLoss.get().accept(p);
        } else {
            selectedPacket.set(p);
        }
    }

    ContextMenu lossMenu(TracePacket p) {
        MenuItem item = new MenuItem(words.get(p.delivered() ? "packet.lose" : "packet.deliver"));
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
