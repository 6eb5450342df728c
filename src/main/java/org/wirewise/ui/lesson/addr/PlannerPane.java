package org.wirewise.ui.lesson.addr;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Subscription;
import org.wirewise.model.addr.TierKind;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.addr.VpcPlanner;

/**
 * The planner's editor: tool bars for zones, tiers, dual stack, undo/redo and files; the layout
 * picture; one row per subnet with its block (typed) and size (chosen); problems; route tables.
 * It only forwards to {@link PlannerModel} and redraws when the plan changes.
 */
final class PlannerPane extends VBox {

    private final PlannerModel model;
    private final VpcLayout layout = new VpcLayout("planner-layout");
    private final GridPane rows = new GridPane();
    private final Label problems = AddrViews.value("planner-problems", "planner-problem");
    private final Label message = AddrViews.value("planner-message", "planner-message");
    private final ChoiceBox<String> zoneChoice = new ChoiceBox<>();
    private final ChoiceBox<String> tierChoice = new ChoiceBox<>();
    private final CheckBox dualStack = new CheckBox("Dual stack (IPv6)");
    private final TextField tierName = new TextField();
    private final ChoiceBox<TierKind> tierKind = new ChoiceBox<>(FXCollections.observableArrayList(TierKind.values()));
    private final ComboBox<Integer> tierPrefix = new ComboBox<>();
    private final TableBlock routes = new TableBlock("planner-routes");
    private final FlowPane kinds = new FlowPane();
    private final Subscription subscriptions;

    PlannerPane(PlannerModel model) {
        this.model = model;
        getStyleClass().add("planner");
        setSpacing(8);
        Button undo = button("planner-undo", "Undo", "Undo the last plan edit", model::undo);
        Button redo = button("planner-redo", "Redo", "Redo the edit just undone", model::redo);
        Button addZone = button("planner-add-zone", "Add zone", "Add an availability zone with a subnet per tier",
                () -> model.addZone());
        Button removeZone = button("planner-remove-zone", "Remove zone", "Remove the chosen zone and its subnets",
                () -> model.removeZone(zoneChoice.getValue()));
        Button open = button("planner-open", "Open…", "Open a saved plan (.vpc.json)", this::open);
        Button save = button("planner-save", "Save…", "Save the plan as JSON", this::save);
        Button csv = button("planner-export", "Export CSV…", "One row per subnet, for a spreadsheet or Terraform",
                this::exportCsv);
        Button takeLesson = button("planner-take-lesson", "Take lesson's plan",
                "Replace your edits with the plan the lesson built from its new parameters (Undo brings them back)",
                () -> model.takeLessonPlan());
        takeLesson.visibleProperty().bind(model.lessonPlanWaitingProperty());
        takeLesson.managedProperty().bind(model.lessonPlanWaitingProperty());
        dualStack.setId("planner-dual-stack");
        dualStack.setTooltip(new Tooltip("An IPv6 /56 for the VPC and a /64 for every subnet"));
        dualStack.setOnAction(e -> model.setDualStack(dualStack.isSelected()));
        zoneChoice.setId("planner-zone-choice");
        zoneChoice.setTooltip(new Tooltip("The zone Remove zone removes"));
        zoneChoice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tierChoice.setTooltip(new Tooltip("The tier Remove tier removes"));
        tierChoice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane bar1 = new FlowPane(undo, redo, new Separator(javafx.geometry.Orientation.VERTICAL), addZone, zoneChoice,
                removeZone, new Separator(javafx.geometry.Orientation.VERTICAL), dualStack,
                new Separator(javafx.geometry.Orientation.VERTICAL), open, save, csv, takeLesson);
        bar1.getStyleClass().add("planner-toolbar");

        tierName.setId("planner-tier-name");
        tierName.setPromptText("tier name");
        tierName.setPrefColumnCount(8);
        tierName.setTooltip(new Tooltip("Lower-case letters, digits and '-', e.g. cache"));
        tierKind.setValue(TierKind.PRIVATE);
        tierKind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TierKind kind) {
                return kind == null ? "" : kind.id();
            }

            @Override
            public TierKind fromString(String text) {
                return TierKind.parse(text);
            }
        });
        tierKind.setTooltip(new Tooltip("public: route to the internet gateway; private: via a NAT gateway; "
                + "isolated: local only"));
        tierPrefix.setTooltip(new Tooltip("Prefix length of the new tier's subnets"));
        Button addTier = button("planner-add-tier", "Add tier", "Add a tier with a subnet in every zone",
                () -> model.addTier(tierName.getText(), tierKind.getValue(), tierPrefix.getValue()));
        tierChoice.setId("planner-tier-choice");
        Button removeTier = button("planner-remove-tier", "Remove tier", "Remove the chosen tier and its subnets",
                () -> model.removeTier(tierChoice.getValue()));
        FlowPane bar2 = new FlowPane(new Label("New tier"), tierName, tierKind, tierPrefix, addTier,
                new Separator(javafx.geometry.Orientation.VERTICAL), tierChoice, removeTier);
        bar2.getStyleClass().add("planner-toolbar");

        rows.getStyleClass().add("table-grid");
        rows.setId("planner-rows");
        rows.setHgap(10);
        rows.setVgap(4);
        kinds.getStyleClass().add("planner-toolbar");
        kinds.setId("planner-kinds");
        getChildren().addAll(bar1, bar2, message, layout, problems, rows, kinds, routes);
        subscriptions = Subscription.combine(
                model.planProperty().subscribe(this::refresh),
                model.messageProperty().subscribe(t -> {
                    message.setText(t);
                    message.setManaged(!t.isEmpty());
                    message.setVisible(!t.isEmpty());
                }),
                model.canUndoProperty().subscribe(can -> undo.setDisable(!can)),
                model.canRedoProperty().subscribe(can -> redo.setDisable(!can)));
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refresh(VpcPlan plan) {
        if (plan == null) {
            return;
        }
        layout.show(plan, null);
        zoneChoice.getItems().setAll(plan.zones());
        zoneChoice.setValue(plan.zones().get(plan.zones().size() - 1));
        tierChoice.getItems().setAll(plan.tiers().stream().map(VpcPlan.Tier::name).toList());
        tierChoice.setValue(tierChoice.getItems().get(tierChoice.getItems().size() - 1));
        dualStack.setSelected(plan.dualStack());
        List<Integer> prefixes = IntStream.rangeClosed(plan.ipv4().prefix(), VpcPlanner.LONGEST_PREFIX).boxed().toList();
        Integer keep = tierPrefix.getValue();
        tierPrefix.getItems().setAll(prefixes);
        tierPrefix.setValue(keep != null && prefixes.contains(keep) ? keep : Math.min(VpcPlanner.LONGEST_PREFIX,
                Math.max(24, plan.ipv4().prefix())));
        List<String> found = VpcPlanner.problems(plan);
        problems.setText(found.isEmpty() ? "No overlaps; every subnet is inside " + plan.ipv4() + "."
                : String.join("\n", found));
        problems.getStyleClass().setAll("label", found.isEmpty() ? "planner-ok" : "planner-problem");
        rows.getChildren().clear();
        int r = 0;
        for (String head : List.of("Subnet", "IPv4 block", "Size", plan.dualStack() ? "IPv6" : "", "Usable (AWS)")) {
            Label h = new Label(head);
            h.getStyleClass().add("table-head");
            rows.add(h, r++, 0);
        }
        r = 1;
        for (VpcPlan.Subnet s : plan.subnets()) {
            rows.addRow(r++, subnetRow(plan, s, prefixes));
        }
        routes.show(VpcExplainer.routeTable(plan, false), Set.of(), 0);
        kinds.getChildren().setAll(new Label("Routing per tier:"));
        for (VpcPlan.Tier tier : plan.tiers()) {
            ChoiceBox<TierKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(TierKind.values()));
            kind.setConverter(tierKind.getConverter());
            kind.setValue(tier.kind());
            kind.setId("planner-kind-" + tier.name());
            kind.setTooltip(new Tooltip("What " + tier.name() + "'s default route points at"));
            kind.setOnAction(e -> model.setTierKind(tier.name(), kind.getValue()));
            kinds.getChildren().addAll(new Label(tier.name()), kind);
        }
    }

    private javafx.scene.Node[] subnetRow(VpcPlan plan, VpcPlan.Subnet s, List<Integer> prefixes) {
        Label name = new Label(s.name());
        name.getStyleClass().add("table-key");
        TextField block = new TextField(s.ipv4().toString());
        block.setId("planner-block-" + s.name());
        block.setPrefColumnCount(13);
        block.setTooltip(new Tooltip("Type a block and press Enter; overlaps and blocks outside the VPC are flagged"));
        block.setOnAction(e -> commitBlock(s, block));
        block.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !block.getText().equals(s.ipv4().toString())) {
                commitBlock(s, block);
            }
        });
        ComboBox<Integer> size = new ComboBox<>(FXCollections.observableArrayList(prefixes));
        size.setId("planner-size-" + s.name());
        size.setValue(s.ipv4().prefix());
        size.setTooltip(new Tooltip("Resize: the subnet keeps its start if it can, otherwise moves to free space"));
        size.setOnAction(e -> {
            if (size.getValue() != null && size.getValue() != s.ipv4().prefix()) {
                model.resize(s.zone(), s.tier(), size.getValue());
            }
        });
        Label v6 = new Label(s.ipv6() == null ? "" : s.ipv6().toString());
        v6.getStyleClass().add("table-cell");
        Label usable = new Label(VpcPlanner.awsUsable(s.ipv4()).toString());
        usable.getStyleClass().add("table-cell");
        return new javafx.scene.Node[] {name, block, size, v6, usable};
    }

    private void commitBlock(VpcPlan.Subnet s, TextField field) {
        if (model.getPlan().subnets().contains(s)) {
            model.setBlock(s.zone(), s.tier(), field.getText());
        }
    }

    private Optional<File> choose(boolean saving, String title, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        Path current = model.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        var window = getScene() == null ? null : getScene().getWindow();
        return Optional.ofNullable(saving ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window));
    }

    private void open() {
        choose(false, "Open VPC plan", "VPC plans", "*.json").ifPresent(f -> model.open(f.toPath()));
    }

    private void save() {
        choose(true, "Save VPC plan", "VPC plans", "*.vpc.json").ifPresent(f -> model.save(f.toPath()));
    }

    private void exportCsv() {
        choose(true, "Export subnets as CSV", "CSV", "*.csv").ifPresent(f -> model.exportCsv(f.toPath()));
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
