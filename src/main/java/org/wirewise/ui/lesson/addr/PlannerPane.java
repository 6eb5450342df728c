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
import org.wirewise.model.text.Texts;

/**
 * The planner's editor: tool bars for zones, tiers, dual stack, undo/redo and files; the layout
 * picture; one row per subnet with its block (typed) and size (chosen); problems; route tables.
 * It only forwards to {@link PlannerModel} and redraws when the plan changes.
 */
final class PlannerPane extends VBox {

    private final PlannerModel model;
    private final Texts words;
    private final VpcLayout layout;
    private final GridPane rows = new GridPane();
    private final Label problems = AddrViews.value("planner-problems", "planner-problem");
    private final Label message = AddrViews.value("planner-message", "planner-message");
    private final ChoiceBox<String> zoneChoice = new ChoiceBox<>();
    private final ChoiceBox<String> tierChoice = new ChoiceBox<>();
    private final CheckBox dualStack = new CheckBox();
    private final TextField tierName = new TextField();
    private final ChoiceBox<TierKind> tierKind = new ChoiceBox<>(FXCollections.observableArrayList(TierKind.values()));
    private final ComboBox<Integer> tierPrefix = new ComboBox<>();
    private final TableBlock routes = new TableBlock("planner-routes");
    private final FlowPane kinds = new FlowPane();
    private final Subscription subscriptions;

    PlannerPane(PlannerModel model) {
        this.model = model;
        this.words = AddrViews.words(model.language());
        this.layout = new VpcLayout("planner-layout", words);
        dualStack.setText(words.get("planner.dualStack"));
        getStyleClass().add("planner");
        setSpacing(8);
        Button undo = button("planner-undo", "undo", model::undo);
        Button redo = button("planner-redo", "redo", model::redo);
        Button addZone = button("planner-add-zone", "addZone", () -> model.addZone());
        Button removeZone = button("planner-remove-zone", "removeZone", () -> model.removeZone(zoneChoice.getValue()));
        Button open = button("planner-open", "open", this::open);
        Button save = button("planner-save", "save", this::save);
        Button csv = button("planner-export", "export", this::exportCsv);
        Button takeLesson = button("planner-take-lesson", "take", () -> model.takeLessonPlan());
        takeLesson.visibleProperty().bind(model.lessonPlanWaitingProperty());
        takeLesson.managedProperty().bind(model.lessonPlanWaitingProperty());
        dualStack.setId("planner-dual-stack");
        dualStack.setTooltip(new Tooltip(words.get("planner.dualStack.tip")));
        dualStack.setOnAction(e -> model.setDualStack(dualStack.isSelected()));
        zoneChoice.setId("planner-zone-choice");
        zoneChoice.setTooltip(new Tooltip(words.get("planner.zoneChoice.tip")));
        zoneChoice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tierChoice.setTooltip(new Tooltip(words.get("planner.tierChoice.tip")));
        tierChoice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane bar1 = new FlowPane(undo, redo, new Separator(javafx.geometry.Orientation.VERTICAL), addZone, zoneChoice,
                removeZone, new Separator(javafx.geometry.Orientation.VERTICAL), dualStack,
                new Separator(javafx.geometry.Orientation.VERTICAL), open, save, csv, takeLesson);
        bar1.getStyleClass().add("planner-toolbar");

        tierName.setId("planner-tier-name");
        tierName.setPromptText(words.get("planner.tierName"));
        tierName.setPrefColumnCount(8);
        tierName.setTooltip(new Tooltip(words.get("planner.tierName.tip")));
        tierKind.setValue(TierKind.PRIVATE);
        tierKind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TierKind kind) {
                return kind == null ? "" : words.get("planner.kind." + kind.id());
            }

            @Override
            public TierKind fromString(String text) {
                return TierKind.parse(text);
            }
        });
        tierKind.setTooltip(new Tooltip(words.get("planner.kind.tip")));
        tierPrefix.setTooltip(new Tooltip(words.get("planner.prefix.tip")));
        Button addTier = button("planner-add-tier", "addTier",
                () -> model.addTier(tierName.getText(), tierKind.getValue(), tierPrefix.getValue()));
        tierChoice.setId("planner-tier-choice");
        Button removeTier = button("planner-remove-tier", "removeTier", () -> model.removeTier(tierChoice.getValue()));
        FlowPane bar2 = new FlowPane(new Label(words.get("planner.newTier")), tierName, tierKind, tierPrefix, addTier,
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

    /** A tool bar button; its label and tooltip are {@code planner.KEY} and {@code planner.KEY.tip}. */
    private Button button(String id, String key, Runnable action) {
        Button b = new Button(words.get("planner." + key));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(words.get("planner." + key + ".tip")));
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
        List<String> found = VpcPlanner.problems(plan, model.language());
        problems.setText(found.isEmpty() ? words.get("planner.ok", plan.ipv4())
                : String.join("\n", found));
        problems.getStyleClass().setAll("label", found.isEmpty() ? "planner-ok" : "planner-problem");
        rows.getChildren().clear();
        int r = 0;
        for (String head : List.of("subnet", "block", "size", plan.dualStack() ? "ipv6" : "", "usable")) {
            Label h = new Label(head.isEmpty() ? "" : words.get("planner.head." + head));
            h.getStyleClass().add("table-head");
            rows.add(h, r++, 0);
        }
        r = 1;
        for (VpcPlan.Subnet s : plan.subnets()) {
            rows.addRow(r++, subnetRow(plan, s, prefixes));
        }
        routes.show(VpcExplainer.routeTable(plan, model.language()), Set.of(), 0);
        kinds.getChildren().setAll(new Label(words.get("planner.routing")));
        for (VpcPlan.Tier tier : plan.tiers()) {
            ChoiceBox<TierKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(TierKind.values()));
            kind.setConverter(tierKind.getConverter());
            kind.setValue(tier.kind());
            kind.setId("planner-kind-" + tier.name());
            kind.setTooltip(new Tooltip(words.get("planner.routing.tip", tier.name())));
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
        block.setTooltip(new Tooltip(words.get("planner.block.tip")));
        block.setOnAction(e -> commitBlock(s, block));
        block.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !block.getText().equals(s.ipv4().toString())) {
                commitBlock(s, block);
            }
        });
        ComboBox<Integer> size = new ComboBox<>(FXCollections.observableArrayList(prefixes));
        size.setId("planner-size-" + s.name());
        size.setValue(s.ipv4().prefix());
        size.setTooltip(new Tooltip(words.get("planner.size.tip")));
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
        choose(false, words.get("planner.open.title"), words.get("planner.plans"), "*.json").ifPresent(f -> model.open(f.toPath()));
    }

    private void save() {
        choose(true, words.get("planner.save.title"), words.get("planner.plans"), "*.vpc.json").ifPresent(f -> model.save(f.toPath()));
    }

    private void exportCsv() {
        choose(true, words.get("planner.export.title"), "CSV", "*.csv").ifPresent(f -> model.exportCsv(f.toPath()));
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
