package org.wirewise.ui.lesson.addr;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;

/**
 * The IP addresses lesson: the canonical text large, the bits coloured by the prefix, the facts
 * (hex, network, size of the space, registry) and the RFC 5952 text forms step by step.
 */
public final class IpAddressesView implements LessonView {

    private final Label canonical = AddrViews.value("address-canonical", "address-big");
    private final Label typed = AddrViews.value("address-typed", "address-sub");
    private final BitStrip bits = new BitStrip();
    private final Label networkLegend = new Label();
    private final Label hostLegend = new Label();
    private final GridPane facts = new GridPane();
    private final TableBlock forms = new TableBlock("text-forms");
    private final ScrollPane root;
    private Trace trace;

    public IpAddressesView() {
        bits.setId("address-bits");
        networkLegend.getStyleClass().addAll("legend", "legend-network");
        hostLegend.getStyleClass().addAll("legend", "legend-host");
        networkLegend.setTooltip(new Tooltip("The prefix: bits that name the network, the same for every host on it."));
        hostLegend.setTooltip(new Tooltip("The host bits: they pick one address inside the network."));
        facts.getStyleClass().add("facts");
        HBox legend = new HBox(networkLegend, hostLegend);
        legend.getStyleClass().add("legend-row");
        VBox content = new VBox(canonical, typed, AddrViews.heading("Bits"), bits, legend, facts, forms);
        root = AddrViews.page(content, "ip-addresses-view");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
    }

    @Override
    public void show(int stepIndex, long time) {
        Snapshot snapshot = trace.step(stepIndex).snapshot();
        NodeState a = snapshot.node(AddressExplainer.LANE).orElseThrow();
        canonical.setText(a.variable("Canonical"));
        typed.setText(fact(snapshot, "Family") + " · typed as " + fact(snapshot, "Typed"));
        int prefix = Integer.parseInt(fact(snapshot, "Prefix"));
        String allBits = fact(snapshot, "Bits");
        bits.show(allBits, stepIndex == 0 ? allBits.length() : prefix);
        networkLegend.setText("network: " + prefix + " bits");
        hostLegend.setText("host: " + (allBits.length() - prefix) + " bits");
        hostLegend.setVisible(stepIndex > 0);
        facts.getChildren().clear();
        row(0, "Hex", fact(snapshot, "Hex"));
        row(1, "Network", fact(snapshot, "Network"));
        row(2, "Address space", fact(snapshot, "Address space"));
        row(3, "Registry", fact(snapshot, "Registry"));
        snapshot.table(AddressExplainer.TEXT_TABLE).ifPresent(t -> forms.show(t, Set.of(), 0));
    }

    private static String fact(Snapshot snapshot, String name) {
        return AddressExplainer.fact(snapshot, name);
    }

    private void row(int r, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("table-key");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setId("fact-" + key.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        facts.addRow(r, k, v);
    }

    @Override
    public void dispose() {
        // Nothing is attached to longer-lived objects.
    }
}
