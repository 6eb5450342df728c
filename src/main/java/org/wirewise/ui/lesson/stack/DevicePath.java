package org.wirewise.ui.lesson.stack;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.stack.DeviceLayers;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * The devices of a path side by side, each drawn as the stack of layers it implements; the layer
 * a device is working at is lit, and each link shows a frame in flight on it at the current time.
 */
final class DevicePath extends HBox {

    private final List<Lane> lanes = new ArrayList<>();

    DevicePath() {
        setId("device-path");
        getStyleClass().add("device-path");
        setAlignment(Pos.TOP_CENTER);
    }

    void show(Trace trace, List<NodeState> nodes, DeviceLayers devices, long time) {
        lanes.clear();
        lanes.addAll(trace.lanes());
        getChildren().clear();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            NodeState node = nodes.stream().filter(n -> n.lane().equals(lane.id())).findFirst().orElse(null);
            getChildren().add(device(lane, node, devices.device(lane.id()).orElse(null)));
            if (i + 1 < lanes.size()) {
                getChildren().add(link(trace, lane.id(), lanes.get(i + 1).id(), time));
            }
        }
    }

    private VBox device(Lane lane, NodeState node, DeviceLayers.Device layers) {
        Label title = new Label(lane.title());
        title.getStyleClass().add("device-title");
        Label subtitle = new Label(lane.subtitle());
        subtitle.getStyleClass().add("device-subtitle");
        Label state = new Label(node == null ? "" : node.state());
        state.getStyleClass().add("device-state");
        for (Label l : List.of(title, subtitle, state)) {
            keepWhole(l);
        }
        VBox box = new VBox(title, subtitle, state);
        box.setId("device-" + lane.id());
        box.getStyleClass().add("device");
        box.setAlignment(Pos.TOP_CENTER);
        List<String> stack = layers == null ? null : layers.layers();
        String working = layers == null ? null : layers.workingAt().orElse(null);
        if (working != null) {
            box.getStyleClass().add("busy");
            state.getStyleClass().add("busy");
        }
        if (stack != null) {
            for (String layer : stack) {
                Label l = new Label(layer);
                l.setMaxWidth(Double.MAX_VALUE);
                l.setMinWidth(Region.USE_PREF_SIZE);
                l.getStyleClass().addAll("device-layer", LayerStyles.of(layer));
                if (layer.equals(working)) {
                    l.getStyleClass().add("highlighted");
                }
                box.getChildren().add(l);
            }
        }
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        if (node != null) {
            StringBuilder tip = new StringBuilder(lane.title());
            node.variables()
                    .forEach(v -> tip.append('\n').append(v.name()).append(": ").append(v.value()));
            Tooltip.install(box, new Tooltip(tip.toString()));
        }
        return box;
    }

    /**
     * A device's name, address and state are never cut short: text with spaces ("request
     * received") wraps, a single word or an address ("198.51.100.80:80") keeps its width.
     */
    private static void keepWhole(Label l) {
        if (l.getText().contains(" ")) {
            l.setWrapText(true);
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        } else {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** A link between two devices, with a dot where a frame on it is at {@code time}. */
    private Region link(Trace trace, String from, String to, long time) {
        Region wire = new Region();
        wire.getStyleClass().add("device-wire");
        Region dot = new Region();
        dot.getStyleClass().add("frame-dot");
        dot.setManaged(false);
        VBox box = new VBox(wire);
        box.getStyleClass().add("device-link");
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(24); // the devices' names and addresses need the room more than the wire
        box.setPrefWidth(90);
        for (TracePacket p : trace.packets()) {
            boolean onThisLink = p.from().equals(from) && p.to().equals(to) || p.from().equals(to) && p.to().equals(from);
            if (onThisLink && time > p.sentAt() && time < p.arrivesAt()) {
                double progress = p.progressAt(time);
                double x = p.from().equals(from) ? progress : 1 - progress;
                box.getChildren().add(dot);
                box.widthProperty().subscribe(w -> dot.relocate(x * (w.doubleValue() - 14), 8));
                break;
            }
        }
        return box;
    }
}
