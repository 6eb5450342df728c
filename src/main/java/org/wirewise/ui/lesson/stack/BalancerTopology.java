package org.wirewise.ui.lesson.stack;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.lb.BackendLoad;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/** Clients, the balancer and its backends; the hop of the step's packet and the backends' counts are shown. */
final class BalancerTopology extends HBox {

    private final Texts texts;

    BalancerTopology(Texts texts) {
        this.texts = texts;
        setId("balancer-topology");
        getStyleClass().add("balancer-topology");
        setAlignment(Pos.CENTER);
        setFillHeight(false);
    }

    void show(Trace trace, TracePacket packet, BackendLoad backends) {
        boolean layer7 = backends.terminates();
        getChildren().clear();
        Lane clients = trace.lanes().get(0);
        Lane lb = trace.lanes().get(1);
        VBox lbBox = box(lb, packet != null && (packet.to().equals(lb.id()) || packet.from().equals(lb.id())));
        // The layers it reads in one row and the backends two by two, so the reads and the decisions below
        // stay on screen at 1280x720 and in presentation mode.
        FlowPane layers = new FlowPane();
        layers.getStyleClass().add("backend-grid");
        layers.setPrefWrapLength(1);
        layers.setAlignment(Pos.CENTER);
        for (String layer : layer7 ? new String[] {"HTTP", "TLS", "TCP", "IPv4"} : new String[] {"TCP", "IPv4"}) {
            Label l = new Label(layer);
            l.setMaxWidth(Double.MAX_VALUE);
            l.getStyleClass().addAll("device-layer", LayerStyles.of(layer));
            layers.getChildren().add(l);
        }
        lbBox.getChildren().add(layers);
        GridPane backendColumn = new GridPane();
        backendColumn.getStyleClass().add("backend-grid");
        for (int i = 2; i < trace.lanes().size(); i++) {
            Lane b = trace.lanes().get(i);
            VBox box = box(b, packet != null && (packet.to().equals(b.id()) || packet.from().equals(b.id())));
            int requests = backends.backends().get(i - 2).requests();
            Label served = new Label(texts.get(requests == 1 ? "lb.served.one" : "lb.served.many",
                    Integer.toString(requests)));
            served.getStyleClass().add("device-state");
            box.getChildren().add(served);
            box.setId("backend-" + (i - 1));
            backendColumn.add(box, (i - 2) % 2, (i - 2) / 2);
        }
        // A packet lights the hop it crosses, whichever way it goes.
        boolean outside = packet != null && (packet.from().equals(clients.id()) || packet.to().equals(clients.id()));
        Label in = arrow("↓", outside);
        Label out = arrow("→", packet != null && !outside);
        // Clients above the balancer, so the picture is narrow enough for the backends two by two.
        VBox front = new VBox(box(clients, outside), in, lbBox);
        front.setAlignment(Pos.CENTER);
        getChildren().addAll(front, out, backendColumn);
    }

    private static Label arrow(String glyph, boolean active) {
        Label a = new Label(glyph);
        a.getStyleClass().add("hop-arrow");
        if (active) {
            a.getStyleClass().add("active");
        }
        return a;
    }

    private static VBox box(Lane lane, boolean active) {
        Label title = new Label(lane.title());
        title.getStyleClass().add("device-title");
        title.setWrapText(true); // "Layer 7 load balancer" on two lines rather than cut in a narrow window
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
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
