package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.PhoneRegions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import org.controlsfx.control.SearchableComboBox;

/**
 * The {@code phoneCountry} choice (ui-contract), the same in the gate's form and in Settings:
 * "None" first, then every country with phone numbers by its name in the interface language and
 * its calling code ("Italy (+39)"), sorted in the language's collation ({@link PhoneRegions}).
 * A ControlsFX {@link SearchableComboBox}: typing "ita" filters the list to the names holding
 * it. Both choices show and change one setting, the workspace's phone country.
 */
public final class PhoneCountryChoice {

    private PhoneCountryChoice() {
    }

    /** A new choice with the id {@code phoneCountry}; {@link #bind} it. */
    public static SearchableComboBox<String> create() {
        SearchableComboBox<String> box = new SearchableComboBox<>();
        box.setId("phoneCountry");
        return box;
    }

    /** "None" first (numbers then start with +), then every country with phone numbers, sorted by name. */
    public static List<String> regions(Messages messages) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(PhoneRegions.all(messages.locale()));
        return all;
    }

    /** "Italy (+39)", or "None: type + and the country code". */
    public static String name(Messages messages, String region) {
        return region == null || region.isBlank() ? messages.get("settings.phoneCountry.none")
                : PhoneRegions.name(region, messages.locale());
    }

    /**
     * Fills the choice and keeps it on {@code current}; what the user picks goes to {@code choose}.
     *
     * @return lets go of {@code current} (which outlives a window): call when the choice goes away
     */
    public static Runnable bind(SearchableComboBox<String> box, Messages messages, ObservableStringValue current,
                                Consumer<String> choose) {
        box.setItems(FXCollections.observableArrayList(regions(messages)));
        box.setConverter(DisplayText.of(region -> name(messages, region)));
        box.setAccessibleText(messages.get("settings.phoneCountry"));
        SearchPopup.install(box);
        return SearchPopup.follow(box, current, choose)::unsubscribe;
    }
}
