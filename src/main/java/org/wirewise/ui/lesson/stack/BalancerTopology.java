package org.wirewise.ui.lesson.stack;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.lb.BackendLoad;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/** Clients, the balancer and its backends; the hop of the step's packet and the backends' counts are shown. */
final class BalancerTopology extends HBox {

    BalancerTopology() {
        setId("balancer-topology");
        getStyleClass().add("balancer-topology");
        setAlignment(Pos.CENTER);
        setFillHeight(false);
    }

    void show(Trace trace, TracePacket packet, BackendLoad backends, boolean layer7) {
        getChildren().clear();
        Lane clients = trace.lanes().get(0);
        Lane lb = trace.lanes().get(1);
        VBox lbBox = box(lb, packet != null && (packet.to().equals(lb.id()) || packet.from().equals(lb.id())));
        for (String layer : layer7 ? new String[] {"HTTP", "TLS", "TCP", "IPv4"} : new String[] {"TCP", "IPv4"}) {
            Label l = new Label(layer);
            l.setMaxWidth(Double.MAX_VALUE);
            l.getStyleClass().addAll("device-layer", LayerStyles.of(layer));
            lbBox.getChildren().add(l);
        }
        VBox backendColumn = new VBox();
        backendColumn.getStyleClass().add("backend-column");
        for (int i = 2; i < trace.lanes().size(); i++) {
            Lane b = trace.lanes().get(i);
            VBox box = box(b, packet != null && packet.to().equals(b.id()));
            int requests = backends.backends().get(i - 2).requests();
            Label served = new Label(requests + " request" + (requests == 1 ? "" : "s"));
            served.getStyleClass().add("device-state");
            box.getChildren().add(served);
            box.setId("backend-" + (i - 1));
            backendColumn.getChildren().add(box);
        }
        Label in = arrow(packet != null && packet.from().equals(clients.id()));
        Label out = arrow(packet != null && packet.from().equals(lb.id()));
        getChildren().addAll(box(clients, packet != null && packet.from().equals(clients.id())), in, lbBox, out,
                backendColumn);
    }

    private static Label arrow(boolean active) {
        Label a = new Label("→");
        a.getStyleClass().add("hop-arrow");
        if (active) {
            a.getStyleClass().add("active");
        }
        return a;
    }

    private static VBox box(Lane lane, boolean active) {
        Label title = new Label(lane.title());
        title.getStyleClass().add("device-title");
        Label subtitle = new Label(lane.subtitle().replace(" (", "\n("));
        subtitle.getStyleClass().add("device-subtitle");
        VBox box = new VBox(title, subtitle);
        box.getStyleClass().addAll("device", "compact");
        if (active) {
            box.getStyleClass().add("busy");
        }
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }
}
