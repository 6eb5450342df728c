package org.wirewise.ui.lesson.addr;

import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.addr.CidrExplainer;
import org.wirewise.model.addr.NumberLineFact;
import org.wirewise.model.addr.PrefixFact;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PageScroll;

/**
 * The CIDR calculator: the block large, the derived numbers with their bits, the block on a
 * number line, then the split, the comparison and the registry entries as the steps add them.
 */
public final class CidrView implements LessonView {

    private final Label block = AddrViews.value("cidr-block", "address-big");
    private final Label sub = AddrViews.value("cidr-sub", "address-sub");
    private final TableBlock summary = new TableBlock("cidr-summary");
    private final Texts words;
    private final NumberLine line;
    private final Label lineTitle = AddrViews.heading("");
    private final TableBlock subnets = new TableBlock("cidr-subnets");
    private final TableBlock compare = new TableBlock("cidr-compare");
    private final TableBlock registry = new TableBlock("cidr-registry");
    private final FlowPane lower = new FlowPane(subnets, compare);
    private final PageScroll root;
    private Trace trace;

    /** The view in English (tests). */
    public CidrView() {
        this(Locale.ENGLISH);
    }

    /** @param language the window's language (LessonContext.language()): the view's own words in it */
    public CidrView(Locale language) {
        words = AddrViews.words(language);
        line = new NumberLine(words);
        lower.getStyleClass().add("table-row");
        VBox content = new VBox(block, sub, summary, lineTitle, line, lower, registry);
        root = AddrViews.page(content, "cidr-view");
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
        Snapshot s = trace.step(stepIndex).snapshot();
        PrefixFact shown = s.fact(PrefixFact.class).orElseThrow();
        int prefix = shown.prefix();
        block.setText(shown.block());
        sub.setText(words.get("cidr.sub", shown.family(), shown.addresses(), shown.usable()));
        summary.show(s.table(CidrExplainer.SUMMARY_TABLE).orElseThrow(), Set.of(CidrExplainer.SUMMARY_BITS), prefix);
        NumberLineFact spans = s.fact(NumberLineFact.class).orElseThrow();
        lineTitle.setText(spans.title());
        line.show(spans);
        boolean[] added = {
                showOptional(subnets, s, CidrExplainer.SUBNETS_TABLE),
                showOptional(compare, s, CidrExplainer.COMPARE_TABLE),
                showOptional(registry, s, CidrExplainer.REGISTRY_TABLE)};
        // The block a step adds is what it is about: scroll it on screen (the registries at the foot of the page).
        TableBlock subject = null;
        TableBlock[] blocks = {subnets, compare, registry};
        for (int i = 0; i < blocks.length; i++) {
            if (added[i]) {
                subject = blocks[i];
            }
        }
        // Within it, or on a step that adds none, the rows the step highlights (usable hosts, the new subnets).
        java.util.List<Node> rows = new java.util.ArrayList<>();
        for (TableBlock b : subject == null ? new TableBlock[] {summary, subnets, compare, registry}
                : new TableBlock[] {subject}) {
            if (b.isVisible()) {
                rows.addAll(b.highlightedCells());
            }
        }
        if (!rows.isEmpty()) {
            root.scrollToShow(rows);
        } else if (subject != null) {
            root.scrollToShow(subject);
        } else {
            root.keepPosition();
        }
        shownStep = stepIndex;
    }

    /** The step shown last; -1 before the first, when every table shown is new. */
    private int shownStep = -1;

    /** Shows the table if the step has it; true when it is new at this step (not shown the step before). */
    private boolean showOptional(TableBlock block, Snapshot s, TableKey id) {
        boolean before = block.isVisible() && shownStep >= 0;
        s.table(id).ifPresentOrElse(t -> {
            block.show(t, Set.of(), 0);
            block.setVisible(true);
            block.setManaged(true);
        }, () -> {
            block.setVisible(false);
            block.setManaged(false);
        });
        return block.isVisible() && !before;
    }

    @Override
    public void dispose() {
        // Nothing is attached to longer-lived objects.
    }
}
