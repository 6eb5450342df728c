package org.wirewise.ui.lesson.addr;

import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlanFact;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;

/**
 * The VPC planner lesson. "Lesson" follows the steps: the layout picture and the tables of the
 * plan so far. "Planner" is the editor, which starts from the plan the lesson built and then
 * keeps its own history (undo, redo), files and CSV export.
 */
public final class VpcPlannerView implements LessonView {

    private final Label vpc = AddrViews.value("vpc-title", "address-big");
    private final Label sub = AddrViews.value("vpc-sub", "address-sub");
    private final Texts words;
    private final VpcLayout layout;
    private final TableBlock subnets = new TableBlock("vpc-subnets");
    private final TableBlock routes = new TableBlock("vpc-routes");
    private final TableBlock extra = new TableBlock("vpc-extra");
    private final PlannerModel planner;
    private final PlannerPane editor;
    private final TabPane root = new TabPane();
    private final org.wirewise.ui.widget.PageScroll lessonPage;
    private Trace trace;

    /** The view in English (tests). */
    public VpcPlannerView() {
        this(Locale.ENGLISH);
    }

    /** @param language the window's language (LessonContext.language()): the view's and the planner's words in it */
    public VpcPlannerView(Locale language) {
        words = AddrViews.words(language);
        layout = new VpcLayout("vpc-layout", words);
        planner = new PlannerModel(language);
        editor = new PlannerPane(planner);
        subnets.stack(VpcExplainer.SUBNET_IPV4, VpcExplainer.SUBNET_IPV6);
        vpc.setWrapText(true); // "VPC 10.0.0.0/16 · 2001:db8:…::/56" in large type takes two lines
        FlowPane tables = new FlowPane(routes, extra);
        tables.getStyleClass().add("table-row");
        VBox lesson = new VBox(vpc, sub, layout, subnets, tables);
        lessonPage = AddrViews.page(lesson, "vpc-lesson");
        Tab lessonTab = new Tab(words.get("vpc.tabLesson"), lessonPage);
        lessonTab.setId("vpc-tab-lesson");
        VBox editorPage = new VBox(editor);
        ScrollPane editorScroll = AddrViews.page(editorPage, "vpc-planner");
        Tab editorTab = new Tab(words.get("vpc.tabPlanner"), editorScroll);
        editorTab.setId("vpc-tab-planner");
        root.getTabs().addAll(lessonTab, editorTab);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getStylesheets().add(AddrViews.STYLESHEET);
        root.setId("vpc-planner-view");
    }

    @Override
    public Node node() {
        return root;
    }

    /** The editor's model, for tests and the planner tab. */
    public PlannerModel planner() {
        return planner;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        planner.lessonChanged(VpcExplainer.planOf(newTrace.step(newTrace.stepCount() - 1).snapshot()));
    }

    @Override
    public void show(int stepIndex, long time) {
        Snapshot s = trace.step(stepIndex).snapshot();
        VpcPlanFact shown = s.fact(VpcPlanFact.class).orElseThrow();
        VpcPlan plan = shown.plan();
        Table subnetTable = s.table(VpcExplainer.SUBNETS_TABLE).orElseThrow();
        String focus = shown.focusTier().orElse(null);
        vpc.setText("VPC " + plan.ipv4() + (plan.dualStack() ? "  ·  " + plan.ipv6() : ""));
        sub.setText(words.get("vpc.sub", String.join(", ", plan.zones()), Integer.toString(plan.subnets().size())));
        layout.show(plan, focus);
        subnets.show(subnetTable, Set.of(), 0);
        routes.show(s.table(VpcExplainer.ROUTES_TABLE).orElseThrow(), Set.of(), 0);
        Table more = s.table(VpcExplainer.RESERVED_TABLE).or(() -> s.table(VpcExplainer.FREE_TABLE)).orElse(null);
        extra.setVisible(more != null);
        extra.setManaged(more != null);
        if (more != null) {
            extra.show(more, Set.of(), 0);
        }
        // The tier's new subnets (or the routes a step explains) are the step's subject: on screen.
        java.util.List<Node> rows = new java.util.ArrayList<>(subnets.highlightedCells());
        rows.addAll(routes.highlightedCells());
        if (more != null) {
            rows.addAll(extra.highlightedCells());
        }
        lessonPage.scrollToShow(rows);
    }

    @Override
    public void dispose() {
        editor.dispose();
    }
}
