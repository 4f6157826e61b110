package dev.partnercontacts.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;

/**
 * Mends three habits of ControlsFX's {@link SearchableComboBox}, for every searchable picker of
 * the app (time zones, phone country): what its value passes through while the user types
 * reaches no model ({@link #follow}); and its list
 * <ul>
 *   <li>opens scrolled to the top, not at the value held: the skin gives its list a fresh
 *       filtered copy of the items as it opens, which loses the selection (UTC−11, issue 15);</li>
 *   <li>when opened above the picker (no room under it, near the screen's bottom), the list slides
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

    /** Installs the two mends of the list on {@code picker}; what they listen to lives only while the list is open. */
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
                            Platform.runLater(() -> {
                                keepAboveField(picker, inner);
                                highlightBestMatch(picker, inner);
                            }));
                }));
            }
        });
    }

    /**
     * Keeps {@code picker} showing {@code model}'s value, and hands {@code choose} a value only
     * once the user settled on it: taken from the list (Enter, Tab, a click) or, the list closed,
     * with the arrow keys. While the list is open the picker's value follows whatever the
     * filtering passes through — nothing while the list is narrowed, the first match after a
     * space — and none of that reaches the model (seen in a real window: the draft took
     * America/North_Dakota/New_Salem, and "Choose a time zone" showed while typing). A list
     * closed with Escape, or on a search that found nothing, shows the model's value again.
     *
     * @param model  what the picker shows; never set here
     * @param choose hears each value the user chose that differs from the model's
     * @return lets go of {@code model} (which may outlive the picker)
     */
    public static <T> Subscription follow(SearchableComboBox<T> picker, ObservableValue<T> model, Consumer<T> choose) {
        boolean[] showingModel = {false};
        Runnable showModel = () -> {
            showingModel[0] = true;
            try {
                picker.setValue(model.getValue());
            } finally {
                showingModel[0] = false;
            }
        };
        Subscription fromModel = model.subscribe(value -> showModel.run());
        ChangeListener<T> fromPicker = (o, was, is) -> {
            if (showingModel[0] || picker.isShowing()) {
                return;
            }
            if (is == null) {
                // The skin clears the value as it resets its filter on closing: show the model's again.
                Platform.runLater(() -> {
                    if (picker.getValue() == null && !picker.isShowing()) {
                        showModel.run();
                    }
                });
            } else if (!is.equals(model.getValue())) {
                choose.accept(is);
            }
        };
        picker.valueProperty().addListener(fromPicker);
        Subscription onClose = picker.showingProperty().subscribe((was, is) -> {
            if (was && !is) {
                T chosen = picker.getValue();
                if (chosen == null || chosen.equals(model.getValue())) {
                    // Once the skin has reset its filter: its button cell went blank while the
                    // list held no such item, and setting the same value again does not redraw it.
                    Platform.runLater(() -> {
                        if (!picker.isShowing()) {
                            showingModel[0] = true;
                            try {
                                picker.setValue(null);
                            } finally {
                                showingModel[0] = false;
                            }
                            showModel.run();
                        }
                    });
                } else {
                    choose.accept(chosen);
                }
            }
        });
        return fromModel.and(() -> picker.valueProperty().removeListener(fromPicker)).and(onClose);
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

    /**
     * Highlights, and so makes Enter take, the first item whose name starts with what was typed
     * ("tok": Tokyo), else the first with a word that does, else the first item: the skin keeps
     * the list's order (zones from west to east), and without a highlight Enter took the first
     * ("tok": Vostok) with nothing on screen saying so.
     */
    private static void highlightBestMatch(SearchableComboBox<?> picker, ComboBox<?> inner) {
        String typed = searchText(picker);
        if (typed.isEmpty() || !picker.isShowing()
                || !(((ComboBoxListViewSkin<?>) inner.getSkin()).getPopupContent() instanceof ListView<?> list)
                || list.getItems().isEmpty()) {
            return;
        }
        int best = bestMatch(list.getItems(), item -> displayText(picker, item), typed);
        list.getSelectionModel().select(best);
        list.getFocusModel().focus(best);
        list.scrollTo(Math.max(0, best - VISIBLE_ABOVE));
    }

    /**
     * The index of the first item whose text starts with {@code typed} (ignoring case), else of
     * the first with a word that starts with it, else 0.
     */
    static <T> int bestMatch(java.util.List<T> items, java.util.function.Function<T, String> text, String typed) {
        String wanted = typed.trim().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Pattern wordStart = java.util.regex.Pattern.compile("(^|[\\s(/—-])" + java.util.regex.Pattern.quote(wanted));
        int wordMatch = -1;
        for (int i = 0; i < items.size(); i++) {
            String shown = text.apply(items.get(i)).toLowerCase(java.util.Locale.ROOT);
            if (shown.startsWith(wanted)) {
                return i;
            }
            if (wordMatch < 0 && wordStart.matcher(shown).find()) {
                wordMatch = i;
            }
        }
        return Math.max(wordMatch, 0);
    }

    private static String searchText(SearchableComboBox<?> picker) {
        for (Node child : picker.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.TextField field && "search".equals(field.getId())) {
                return field.getText() == null ? "" : field.getText().trim();
            }
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static <T> String displayText(SearchableComboBox<?> picker, T item) {
        javafx.util.StringConverter<T> converter = (javafx.util.StringConverter<T>) picker.getConverter();
        return item == null ? "" : converter == null ? item.toString() : converter.toString(item);
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
