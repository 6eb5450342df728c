package org.wirewise.ui.widget;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The lessons' shared layout: the main picture (a sequence diagram, a topology) above what
 * explains it (tables, cards, bytes), in a vertical split. The picture's share of the height is
 * the lesson's own choice on a desk screen; the window's stylesheet may set another one through
 * {@code -wirewise-picture-share} (presentation mode gives the picture most of the height and the
 * tables a compact strip, or, with T, the other way round). A share is applied whenever the items
 * change, so a view that adds or removes a pane never sets a divider itself.
 */
public final class PictureSplit extends SplitPane {

    private static final CssMetaData<PictureSplit, Number> SHARE = new CssMetaData<>("-wirewise-picture-share",
            SizeConverter.getInstance(), -1.0) {
        @Override
        public boolean isSettable(PictureSplit s) {
            return !s.styledShare.isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<Number> getStyleableProperty(PictureSplit s) {
            return (StyleableProperty<Number>) (StyleableProperty<?>) s.styledShare;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(SplitPane.getClassCssMetaData());
        all.add(SHARE);
        CSS = List.copyOf(all);
    }

    /** The least share the picture keeps when what explains it asks for more room (the brief's "most of the height"). */
    public static final double MIN_PICTURE_SHARE = 0.56;

    private double ownShare;
    /** Pixels what explains the picture needs to show the step's subject whole (two tables' rows at once). */
    private final javafx.beans.property.DoubleProperty explanationNeed =
            new javafx.beans.property.SimpleDoubleProperty(this, "explanationNeed");
    /** The stylesheet's share for the picture; negative (the default): the lesson's own. */
    private final StyleableDoubleProperty styledShare = new SimpleStyleableDoubleProperty(SHARE, this, "pictureShare", -1.0);

    /**
     * @param ownShare the picture's share of the height on a desk screen (0–1), the first item's
     * @param items    the picture first, then what explains it
     */
    public PictureSplit(double ownShare, Node... items) {
        super(items);
        this.ownShare = ownShare;
        getStyleClass().add("picture-split");
        setOrientation(Orientation.VERTICAL);
        styledShare.subscribe(s -> applyShare());
        explanationNeed.subscribe(s -> applyShare());
        heightProperty().subscribe(h -> applyShare());
        orientationProperty().subscribe(o -> applyShare());
        getItems().subscribe(this::applyShare);
        applyShare();
    }

    /**
     * The share the picture gets now: the stylesheet's if it sets one (a share of the height: a
     * split turned sideways keeps the lesson's), else the lesson's.
     */
    public double share() {
        double styled = styledShare.get();
        boolean vertical = getOrientation() == Orientation.VERTICAL;
        if (!vertical || styled <= 0 || styled >= 1) {
            return ownShare;
        }
        // A strip that would cut the step's subject in two grows, down to the picture's least share.
        double room = getHeight() <= 0 ? styled : 1 - explanationNeed.get() / getHeight();
        return Math.max(Math.min(styled, MIN_PICTURE_SHARE), Math.min(styled, room));
    }

    /**
     * How many pixels the part under the picture needs so the step's subject shows whole (bind it to
     * a {@link FollowingScrollPane#subjectSpanProperty()} and its margins); presentation's strip grows to it.
     */
    public javafx.beans.property.DoubleProperty explanationNeedProperty() {
        return explanationNeed;
    }

    /** The lesson's own share for what it shows now (a layout that turns sideways may want another). */
    public void setOwnShare(double share) {
        ownShare = share;
        applyShare();
    }

    /** Puts the first divider where the share says (the user may drag it afterwards). */
    public void applyShare() {
        if (getItems().size() > 1) {
            setDividerPosition(0, share());
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }
}
