package dev.partnercontacts.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;

/**
 * Mends two habits of ControlsFX's {@link SearchableComboBox} list, for every searchable picker
 * of the app (time zones, phone country):
 * <ul>
 *   <li>it opens scrolled to the top, not at the value held: the skin gives its list a fresh
 *       filtered copy of the items as it opens, which loses the selection (UTC−11, issue 15);</li>
 *   <li>opened above the picker (no room under it, near the screen's bottom), the list slides
 *       down over the search field once typing shortens it, hiding what is typed (seen on Home
 *       at 1024×768): it is put back above the field after every change of the filter.</li>
 * </ul>
 * The skin's parts are reached as its children (an inner {@link ComboBox} holding the filtered
 * items); when a ControlsFX release changes them, the picker simply behaves as shipped.
 */
public final class SearchPopup {

    /** How many items the opened list shows above the value held, for context. */
    private static final int VISIBLE_ABOVE = 3;

    private SearchPopup() {
    }

    /** Installs both mends on {@code picker}; what they listen to lives only while its list is open. */
    public static void install(SearchableComboBox<?> picker) {
        Subscription[] whileOpen = {Subscription.EMPTY};
        picker.showingProperty().subscribe(showing -> {
            whileOpen[0].unsubscribe();
            whileOpen[0] = Subscription.EMPTY;
            if (showing) {
                Platform.runLater(() -> inner(picker).ifPresent(inner -> {
                    revealValue(picker, inner);
                    // A new filter is a new item list (the skin's workaround for JDK-8174176).
                    whileOpen[0] = inner.itemsProperty().subscribe((before, after) ->
                            Platform.runLater(() -> keepAboveField(picker, inner)));
                }));
            }
        });
    }

    private static Optional<ComboBox<?>> inner(SearchableComboBox<?> picker) {
        for (Node child : picker.getChildrenUnmodifiable()) {
            if (child instanceof ComboBox<?> inner && inner.getSkin() instanceof ComboBoxListViewSkin<?>) {
                return Optional.of(inner);
            }
        }
        return Optional.empty();
    }

    private static void revealValue(SearchableComboBox<?> picker, ComboBox<?> inner) {
        if (((ComboBoxListViewSkin<?>) inner.getSkin()).getPopupContent() instanceof ListView<?> list) {
            int index = list.getItems().indexOf(picker.getValue());
            if (index >= 0) {
                list.getSelectionModel().select(index);
                list.getFocusModel().focus(index);
                list.scrollTo(Math.max(0, index - VISIBLE_ABOVE));
            }
        }
    }

    private static void keepAboveField(SearchableComboBox<?> picker, ComboBox<?> inner) {
        Node content = ((ComboBoxListViewSkin<?>) inner.getSkin()).getPopupContent();
        Bounds field = picker.localToScreen(picker.getBoundsInLocal());
        if (!picker.isShowing() || content == null || content.getScene() == null || field == null) {
            return;
        }
        Window list = content.getScene().getWindow();
        if (list.getY() < field.getMinY()) {
            // Above the field: its bottom on the field's top (it keeps the height it opened with).
            list.setY(field.getMinY() - list.getHeight());
        }
    }
}
