package org.wirewise.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polyline;
import javafx.util.Subscription;
import org.wirewise.ui.player.PlayerModel;

/**
 * What a teacher at the front needs on top of the lesson: a pen that draws over it with the mouse
 * (Ctrl+P turns it on and off, E erases, the next step clears it), and B to blank the screen as
 * presentation software does (any key brings the lesson back).
 */
final class PresenterTools {

    private final Pane ink = new Pane();
    private final Region blank = new Region();
    private final StackPane layer = new StackPane(ink, blank);
    private final BooleanProperty pen = new SimpleBooleanProperty(this, "pen");
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked");
    private final Subscription subscriptions;
    private Polyline stroke;

    PresenterTools(PlayerModel player) {
        layer.setId("presenter-layer");
        layer.setPickOnBounds(false);
        ink.setId("presenter-ink");
        ink.getStyleClass().add("presenter-ink");
        blank.setId("presenter-blank");
        blank.getStyleClass().add("presenter-blank");
        blank.visibleProperty().bind(blanked);
        // The lesson takes the mouse unless the pen is on.
        ink.mouseTransparentProperty().bind(pen.not());
        layer.mouseTransparentProperty().bind(pen.not().and(blanked.not()));
        ink.cursorProperty().bind(javafx.beans.binding.Bindings.when(pen).then(Cursor.CROSSHAIR)
                .otherwise(Cursor.DEFAULT));
        ink.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            stroke = new Polyline(e.getX(), e.getY());
            stroke.getStyleClass().add("presenter-stroke");
            ink.getChildren().add(stroke);
            e.consume();
        });
        ink.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (stroke != null) {
                stroke.getPoints().addAll(e.getX(), e.getY());
            }
            e.consume();
        });
        ink.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> stroke = null);
        subscriptions = player.stepIndexProperty().subscribe(step -> erase());
    }

    /** The layer to stack over the lesson. */
    Node node() {
        return layer;
    }

    BooleanProperty penProperty() {
        return pen;
    }

    BooleanProperty blankedProperty() {
        return blanked;
    }

    /** How many strokes are drawn now. */
    int strokes() {
        return ink.getChildren().size();
    }

    void erase() {
        ink.getChildren().clear();
        stroke = null;
    }

    /**
     * Takes a presenter key (B, Ctrl+P, E while the pen is on); while the screen is blank, any key
     * brings the lesson back and does nothing else, so a clicker's "next" never steps unseen.
     * False for any other key.
     */
    boolean handle(KeyEvent e) {
        if (blanked.get() && !e.getCode().isModifierKey()) {
            blanked.set(false);
            return true;
        }
        if (e.getCode() == KeyCode.B && !e.isShortcutDown() && !e.isAltDown()) {
            blanked.set(true);
            return true;
        }
        if (e.getCode() == KeyCode.P && e.isShortcutDown()) {
            pen.set(!pen.get());
            return true;
        }
        if (e.getCode() == KeyCode.E && pen.get() && !e.isShortcutDown()) {
            erase();
            return true;
        }
        return false;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
