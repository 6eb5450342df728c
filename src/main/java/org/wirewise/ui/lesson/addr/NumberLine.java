package org.wirewise.ui.lesson.addr;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.wirewise.model.addr.NumberLineFact;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.widget.DrawnPane;

/**
 * Blocks on one line of addresses: the range as a track, the block, the other block and the first
 * subnets of the split as bars placed by the fractions the lesson computed.
 */
final class NumberLine extends DrawnPane {

    private final Texts words;
    private NumberLineFact table;

    /** @param words the view's words (addr-views), for the split's caption and the bars' tooltips */
    NumberLine(Texts words) {
        super("line-label");
        this.words = words;
        getStyleClass().add("number-line");
        setId("number-line");
    }

    void show(NumberLineFact line) {
        this.table = line;
        invalidateDrawing();
    }

    @Override
    protected double computePrefHeight(double width) {
        long lanes = table == null ? 4 : table.spans().stream().map(NumberLineFact.Span::role).distinct().count();
        return rowHeight() * lanes + unit() * 0.4;
    }

    /** One line of label text, so the picture scales with the type size and presentation mode. */
    private double unit() {
        return Math.max(8, lineHeight());
    }

    private double rowHeight() {
        return unit() * 1.35;
    }

    @Override
    protected void draw() {
        if (table == null) {
            return;
        }
        double em = unit();
        double w = getWidth() - 2 * em;
        double x0 = em;
        double rowH = em * 1.35;
        java.util.List<NumberLineFact.Role> lanes = table.spans().stream().map(NumberLineFact.Span::role).distinct().toList();
        java.util.List<NumberLineFact.Span> subnets = table.spans(NumberLineFact.Role.SUBNET);
        NumberLineFact.Span firstSubnet = subnets.isEmpty() ? null : subnets.get(0);
        double subnetsEnd = subnets.isEmpty() ? 0 : subnets.get(subnets.size() - 1).to();
        String subnetCaption = subnets.isEmpty() ? "" : words.get("cidr.split", subnets.get(0).block()
                + (subnets.size() > 1 ? " … " + subnets.get(subnets.size() - 1).block() : ""));
        for (NumberLineFact.Span row : table.spans()) {
            String role = row.role().key();
            double from = row.from();
            double to = row.to();
            int lane = lanes.indexOf(row.role());
            Region bar = new Region();
            bar.getStyleClass().addAll("line-bar", "line-" + role);
            double bx = x0 + from * w;
            double bw = Math.max(2, (to - from) * w - (role.equals("subnet") ? 1 : 0));
            bar.resizeRelocate(bx, lane * rowH + em * 0.1, bw, rowH * 0.8);
            Tooltip.install(bar, new Tooltip(row.block() + " (" + words.get("cidr.role." + role) + ")"));
            getChildren().add(bar);
            if (!role.equals("subnet") || row == firstSubnet) {
                Label label = new Label(role.equals("subnet") ? subnetCaption : row.block());
                label.getStyleClass().addAll("line-label", "line-label-" + role);
                label.setId("line-" + role);
                getChildren().add(label);
                label.applyCss();
                label.autosize();
                // Inside a bar wide enough to hold it, otherwise just after the bar's end.
                double end = role.equals("subnet") ? x0 + subnetsEnd * w : bx + bw;
                double lx = label.getWidth() + 8 < bw ? bx + 4 : end + 6;
                lx = Math.max(x0, Math.min(lx, x0 + w - label.getWidth()));
                label.relocate(lx, lane * rowH + em * 0.1 + (rowH * 0.8 - label.getHeight()) / 2);
            }
        }
    }
}
