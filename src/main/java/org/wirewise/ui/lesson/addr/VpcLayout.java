package org.wirewise.ui.lesson.addr;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.addr.VpcPlanner;
import org.wirewise.ui.widget.DrawnPane;

/**
 * A picture of a plan: one row per tier, the VPC's addresses from left to right, each subnet a
 * box where its block lies, coloured by the tier's kind (public, private, isolated). Subnets named
 * in a problem (overlap, outside the VPC) are drawn in the danger colour.
 */
final class VpcLayout extends DrawnPane {

    private final org.wirewise.model.text.Texts words;
    private VpcPlan plan;
    private String focusTier;

    /** @param words the view's words (addr-views): the boxes' tooltips and the axis caption */
    VpcLayout(String id, org.wirewise.model.text.Texts words) {
        super("vpc-subnet-label");
        this.words = words;
        setId(id);
        getStyleClass().add("vpc-layout");
    }

    void show(VpcPlan shown, String focus) {
        plan = shown;
        focusTier = focus;
        invalidateDrawing();
    }

    /** One subnet label's height, so the picture scales with the type size and presentation mode. */
    private double rowUnit() {
        return Math.max(8, lineHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        int rows = plan == null ? 3 : plan.tiers().size();
        return rowUnit() * (2.2 * rows + 2);
    }

    @Override
    protected void draw() {
        if (plan == null) {
            return;
        }
        double em = rowUnit();
        double labelW = em * 6;
        double x0 = labelW;
        double w = Math.max(10, getWidth() - x0 - em);
        double rowH = em * 2.2;
        List<String> problems = VpcPlanner.problems(plan);
        org.wirewise.model.addr.Cidr range = VpcExplainer.drawnRange(plan);
        for (int t = 0; t < plan.tiers().size(); t++) {
            VpcPlan.Tier tier = plan.tiers().get(t);
            double y = t * rowH;
            Label name = label(tier.name(), "vpc-subnet-label");
            name.setStyle(tier.name().equals(focusTier) ? "-fx-font-weight: bold;" : "");
            name.applyCss(); // measured bold, or it is cut short
            name.autosize();
            name.relocate(0, y + (rowH - name.getHeight()) / 2);
            Region track = new Region();
            track.getStyleClass().add("vpc-track");
            track.resizeRelocate(x0, y + em * 0.2, w, rowH - em * 0.4);
            getChildren().addAll(track);
            for (VpcPlan.Subnet s : plan.subnets()) {
                if (!s.tier().equals(tier.name())) {
                    continue;
                }
                double[] pos = VpcExplainer.position(range, s.ipv4());
                double from = Math.max(0, Math.min(1, pos[0]));
                double to = Math.max(from, Math.min(1, pos[1]));
                Region box = new Region();
                box.getStyleClass().addAll("vpc-subnet", "kind-" + tier.kind().id());
                boolean conflict = problems.stream().anyMatch(p -> p.contains(s.name() + ":")
                        || p.contains(s.name() + " "));
                if (conflict) {
                    box.getStyleClass().add("conflict");
                }
                box.setId("vpc-box-" + s.name());
                double bx = x0 + from * w;
                double bw = Math.max(3, (to - from) * w);
                box.resizeRelocate(bx, y + em * 0.2, bw, rowH - em * 0.4);
                Tooltip.install(box, new Tooltip(s.name() + "  " + s.ipv4() + (s.ipv6() == null ? "" : "  " + s.ipv6())
                        + "\n" + words.get("vpc.usable", VpcPlanner.awsUsable(s.ipv4()).toString())));
                getChildren().add(box);
                Label zone = label(s.zone(), "vpc-subnet-label");
                if (zone.getWidth() + 4 < bw) {
                    zone.relocate(bx + (bw - zone.getWidth()) / 2, y + (rowH - zone.getHeight()) / 2);
                } else {
                    getChildren().remove(zone);
                }
            }
            getChildren().remove(name);
            getChildren().add(name);
        }
        double axisY = plan.tiers().size() * rowH;
        Label start = label(range.network().toString(), "vpc-axis-label");
        start.relocate(x0, axisY);
        Label end = label(range.last().toString(), "vpc-axis-label");
        end.relocate(x0 + w - end.getWidth(), axisY);
        Label caption = label(range.equals(plan.ipv4()) ? words.get("vpc.whole", plan.ipv4())
                : words.get("vpc.part", range, plan.ipv4()), "vpc-axis-label");
        caption.setId("vpc-range-caption");
        caption.relocate(x0 + (w - caption.getWidth()) / 2, axisY);
    }

    private Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        getChildren().add(l);
        l.applyCss();
        l.autosize();
        return l;
    }
}
