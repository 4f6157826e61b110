package dev.partnercontacts.ui.form;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.util.Subscription;

/**
 * Where the form scrolls when a field takes the focus (by Tab, or from a link in the error
 * summary): not at all when the field is already wholly in view; otherwise so that the field's
 * section, its title included, starts at the top of the view, or, when the section is taller
 * than the view, so that the field sits a little below the top. JavaFX's scroll pane would put
 * the field flush against an edge, hiding its section's title (issue 15).
 */
final class FocusScroll {

    /** Room left above a field shown without its section's title, in pixels. */
    static final double MARGIN = 40;
    /** Room left above a section's frame, in pixels. */
    private static final double SECTION_MARGIN = 8;

    private FocusScroll() {
    }

    /**
     * Follows the focus within {@code form} while it is in a scene.
     *
     * @return what to unsubscribe when the form is disposed
     */
    static Subscription follow(Parent form) {
        return form.sceneProperty().flatMap(Scene::focusOwnerProperty).subscribe((was, is) -> {
            if (is != null && within(is, form)) {
                reveal(is);
                // JavaFX's own scroll on traversal comes after the focus change: undo it.
                double kept = pane(is) == null ? 0 : pane(is).getVvalue();
                Platform.runLater(() -> {
                    ScrollPane pane = pane(is);
                    if (pane != null && is.isFocused()) {
                        pane.setVvalue(kept);
                    }
                });
            }
        });
    }

    /** Scrolls the enclosing scroll pane, if it must, so that the node and its section's title are in view. */
    static void reveal(Node node) {
        ScrollPane pane = pane(node);
        if (pane == null || pane.getContent() == null) {
            return;
        }
        Node content = pane.getContent();
        double viewport = pane.getViewportBounds().getHeight();
        double hidden = content.getBoundsInLocal().getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double top = hidden * pane.getVvalue();
        Bounds field = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        if (field.getMinY() >= top && field.getMaxY() <= top + viewport) {
            return; // wholly in view: a visible field stays where the user sees it
        }
        double target = field.getMinY() - MARGIN;
        Node section = section(node);
        if (section != null) {
            double sectionTop = content.sceneToLocal(section.localToScene(section.getBoundsInLocal())).getMinY()
                    - SECTION_MARGIN;
            if (field.getMaxY() - sectionTop <= viewport) {
                target = sectionTop;
            }
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / hidden)));
    }

    private static boolean within(Node node, Parent form) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == form) {
                return true;
            }
        }
        return false;
    }

    private static Node section(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("form-section")) {
                return n;
            }
        }
        return null;
    }

    private static ScrollPane pane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }
}
