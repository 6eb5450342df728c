package org.wirewise.ui.lesson.stack;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wirewise.model.stack.OsiChart;
import org.wirewise.model.text.Texts;

/**
 * The seven OSI layers as rows (number, name, PDU, technology buttons) beside the four TCP/IP
 * layers, each spanning the OSI rows it covers. Highlighted rows are lit; a technology button
 * reports its technology.
 */
final class OsiGrid extends GridPane {

    private final Consumer<OsiChart.TechnologyRow> onTechnology;
    private final Texts texts;

    OsiGrid(Consumer<OsiChart.TechnologyRow> onTechnology, Texts texts) {
        this.onTechnology = onTechnology;
        this.texts = texts;
        setId("osi-grid");
        getStyleClass().add("osi-grid");
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(fitted(), fitted(), grow, fitted());
    }

    /** A column as wide as its widest cell: layer names must never be cut ("Applicat..."). */
    private static ColumnConstraints fitted() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    /** Draws the layers; {@code lit} are the OSI layers to light, {@code selected} the technology to mark. */
    void show(OsiChart chart, List<Integer> lit, String selected) {
        getChildren().clear();
        String[] heads = {"layer", "pdu", "technologies", "tcpIp"};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(texts.get("osi.head." + heads[c]));
            head.getStyleClass().add("osi-head");
            add(head, c, 0);
        }
        int row = 1;
        for (OsiChart.LayerRow r : chart.layers()) {
            int number = r.number();
            boolean on = lit.contains(number);
            Label name = cell(number + "  " + r.name(), "osi-name", on);
            name.setId("osi-layer-" + number);
            add(name, 0, row);
            add(cell(r.pdu(), "osi-pdu", on), 1, row);
            FlowPane chips = new FlowPane();
            chips.getStyleClass().addAll("osi-chips", "osi-cell");
            if (on) {
                chips.getStyleClass().add("lit");
            }
            for (OsiChart.TechnologyRow t : chart.technologies()) {
                if (t.home() == number) {
                    chips.getChildren().add(chip(t, t.name().equals(selected)));
                }
            }
            add(chips, 2, row);
            row++;
        }
        // TCP/IP layers span the OSI rows they cover (rows are 7..1 from the top), named as the model names them.
        addTcpIp(tcpIpOf(chart, 7), 1, 3, lit.stream().anyMatch(n -> n >= 5));
        addTcpIp(tcpIpOf(chart, 4), 4, 1, lit.contains(4));
        addTcpIp(tcpIpOf(chart, 3), 5, 1, lit.contains(3));
        addTcpIp(tcpIpOf(chart, 1), 6, 2, lit.stream().anyMatch(n -> n <= 2));
    }

    private static String tcpIpOf(OsiChart chart, int osiLayer) {
        return chart.layers().stream().filter(r -> r.number() == osiLayer).findFirst().orElseThrow().tcpIp();
    }

    private void addTcpIp(String name, int row, int span, boolean on) {
        Label l = cell(name, "tcpip-layer", on);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        add(l, 3, row, 1, span);
    }

    private static Label cell(String text, String style, boolean on) {
        Label l = new Label(text);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(style, "osi-cell");
        if (on) {
            l.getStyleClass().add("lit");
        }
        return l;
    }

    private Button chip(OsiChart.TechnologyRow t, boolean selected) {
        String name = t.name();
        Button b = new Button(name);
        b.setId("tech-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        b.getStyleClass().addAll("tech-chip", LayerStyles.of(name));
        if (selected) {
            b.getStyleClass().add("selected");
        }
        b.setFocusTraversable(true); // Tab reaches it; a click leaves the player's keys global (PlayerKeys)
        b.setTooltip(new Tooltip(texts.get("osi.chip", name, t.osi(), t.tcpIp())));
        b.setOnAction(e -> onTechnology.accept(t));
        return b;
    }
}
