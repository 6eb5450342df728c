package org.wirewise.ui.lesson.addr;

import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.addr.AddressFacts;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.text.Texts;
import org.wirewise.model.packet.Field;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.widget.PacketBytesView;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PageScroll;

/**
 * The IP addresses lesson: the canonical text large, the bits coloured by the prefix, the facts
 * (hex, network, size of the space, registry), the RFC 5952 text forms step by step, and at the
 * last step the bytes of a datagram sent to the address.
 */
public final class IpAddressesView implements LessonView {

    private final Label canonical = AddrViews.value("address-canonical", "address-big");
    private final Label typed = AddrViews.value("address-typed", "address-sub");
    private final BitStrip bits = new BitStrip();
    private final Label networkLegend = new Label();
    private final Label hostLegend = new Label();
    private final GridPane facts = new GridPane();
    private final TableBlock forms = new TableBlock("text-forms");
    private final Texts words;
    private final Label wireTitle;
    private final PacketBytesView wire = new PacketBytesView();
    private final PageScroll root;
    private Trace trace;

    /** The view in English (tests). */
    public IpAddressesView() {
        this(Locale.ENGLISH);
    }

    /** @param language the window's language (LessonContext.language()): the view's own words in it */
    public IpAddressesView(Locale language) {
        words = AddrViews.words(language);
        wireTitle = AddrViews.heading(words.get("address.wire"));
        bits.setId("address-bits");
        networkLegend.getStyleClass().addAll("legend", "legend-network");
        hostLegend.getStyleClass().addAll("legend", "legend-host");
        networkLegend.setTooltip(new Tooltip(words.get("address.networkTip")));
        hostLegend.setTooltip(new Tooltip(words.get("address.hostTip")));
        facts.getStyleClass().add("facts");
        HBox legend = new HBox(networkLegend, hostLegend);
        legend.getStyleClass().add("legend-row");
        wire.setId("address-wire");
        wire.setPrefHeight(380);
        wire.setMinHeight(300);
        VBox content = new VBox(canonical, typed, AddrViews.heading(words.get("address.bits")), bits, legend, facts, forms, wireTitle,
                wire);
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
        AddressFacts known = snapshot.fact(AddressFacts.class).orElseThrow();
        canonical.setText(heading(snapshot.table(AddressExplainer.TEXT_TABLE).orElse(null), known.typed(),
                known.canonical()));
        typed.setText(words.get("address.typed", known.family(), known.typed()));
        int prefix = known.prefix();
        String allBits = known.bits();
        bits.show(allBits, stepIndex == 0 ? allBits.length() : prefix);
        networkLegend.setText(words.get("address.networkBits", Integer.toString(prefix)));
        hostLegend.setText(words.get("address.hostBits", Integer.toString(allBits.length() - prefix)));
        hostLegend.setVisible(stepIndex > 0);
        facts.getChildren().clear();
        row(0, "hex", words.get("address.hex"), known.hex());
        row(1, "network", words.get("address.network"), known.network());
        row(2, "address-space", words.get("address.space"), known.addressSpace());
        row(3, "registry", words.get("address.registry"), known.registry());
        snapshot.table(AddressExplainer.TEXT_TABLE).ifPresent(t -> forms.show(t, Set.of(), 0));
        showWire(trace.step(stepIndex).packetId());
        if (!wire.isVisible()) {
            // A rule's step is about its row of the text forms, below the fold when presenting.
            root.scrollToShow(forms.highlightedCells());
        }
    }

    /**
     * The text as far as the steps have derived it: as typed before any rule, the form a rule's step
     * (a row citing its RFC) produces on that step, the canonical text after. Step 1 and the rules'
     * steps do not give away the answer before they reach it.
     */
    private static String heading(Table forms, String typed, String canonical) {
        if (forms == null) {
            return canonical;
        }
        if (forms.rows().size() == 1) {
            return typed;
        }
        int where = AddressExplainer.FORM_WHERE;
        int text = AddressExplainer.FORM_TEXT;
        return forms.rows().stream().filter(r -> r.highlighted() && !r.cells().get(where).isEmpty())
                .map(r -> r.cells().get(text)).findFirst().orElse(canonical);
    }

    /** The datagram of the "on the wire" step. */
    private void showWire(int packetId) {
        boolean shown = packetId >= 0;
        wireTitle.setVisible(shown);
        wireTitle.setManaged(shown);
        wire.setVisible(shown);
        wire.setManaged(shown);
        root.keepPosition();
        if (!shown) {
            wire.clear();
            return;
        }
        TracePacket packet = trace.packets().get(packetId);
        Field root = Dissector.dissect(packet.frame());
        wire.show(packet.frame(), root);
        String length = Integer.toString(packet.frame().length);
        wireTitle.setText(find(root, "Destination Address")
                .map(f -> words.get("address.wireAt", packet.label(), length, Integer.toString(f.offset()),
                        Integer.toString(f.offset() + f.length() - 1)))
                .orElse(words.get("address.wireTitle", packet.label(), length)));
        find(root, "Destination Address").ifPresent(wire::select);
        this.root.scrollToEnd(); // the datagram is the last thing on the page and the point of this step
    }

    private static java.util.Optional<Field> find(Field field, String name) {
        if (field.name().equals(name)) {
            return java.util.Optional.of(field);
        }
        for (Field child : field.children()) {
            java.util.Optional<Field> hit = find(child, name);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return java.util.Optional.empty();
    }

    private void row(int r, String id, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("table-key");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setId("fact-" + id);
        facts.addRow(r, k, v);
    }

    @Override
    public void dispose() {
        // Nothing is attached to longer-lived objects.
    }
}
