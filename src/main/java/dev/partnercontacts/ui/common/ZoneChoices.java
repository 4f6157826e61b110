package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.domain.Zones;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import org.controlsfx.control.SearchableComboBox;

/**
 * The time zones offered for support hours, shown as places with their current offset:
 * "Rome — Central European Time, UTC+01:00". Sorted from west to east, then by place. Names
 * are worked out when first shown, so a form with no support window pays nothing. One picker
 * serves the support windows and Home's coverage ({@link #picker()}), so both read alike.
 */
public final class ZoneChoices {

    private final Messages messages;
    private final Instant now;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> shortLabels = new HashMap<>();
    private List<String> ids;

    /** @param now the instant whose offsets the names show (offsets change with daylight saving) */
    public ZoneChoices(Messages messages, Instant now) {
        this.messages = messages;
        this.now = now;
    }

    /** Canonical places, UTC, and this computer's zone even when it is an old alias ({@link Zones#thisComputer}). */
    public List<String> ids() {
        if (ids == null) {
            ids = Stream.concat(Zones.canonicalPlaces().stream(), Stream.of("UTC", Zones.thisComputer().getId()))
                    .distinct()
                    .sorted(Comparator.comparing((String id) -> offset(id).getTotalSeconds()).thenComparing(this::place))
                    .toList();
        }
        return ids;
    }

    /** "Rome — Central European Time, UTC+01:00"; an unknown id as it is. */
    public String label(String id) {
        if (id == null || id.isEmpty() || !Validation.isZone(id)) {
            return id == null ? "" : id;
        }
        return labels.computeIfAbsent(id, z -> messages.get("zone.display", place(z),
                ZoneId.of(z).getDisplayName(TextStyle.FULL, textLocale()), utc(z)));
    }

    /** "Rome, UTC+01:00": what the closed picker shows, short enough never to be cut. */
    public String shortLabel(String id) {
        if (id == null || id.isEmpty() || !Validation.isZone(id)) {
            return id == null ? "" : id;
        }
        return shortLabels.computeIfAbsent(id, z -> messages.get("zone.display.short", place(z), utc(z)));
    }

    /** A new searchable picker of the zones, set up as {@link #setUp} says. */
    public SearchableComboBox<String> picker() {
        return setUp(new SearchableComboBox<>());
    }

    /**
     * Makes {@code zone} a searchable picker of {@link #ids()} holding IANA zone ids: typing "tok"
     * filters the list to Tokyo; the list shows {@link #label}, the closed picker
     * {@link #shortLabel}, and it opens at the zone it holds ({@link SearchPopup}).
     *
     * @return {@code zone}
     */
    public SearchableComboBox<String> setUp(SearchableComboBox<String> zone) {
        zone.setItems(FXCollections.observableArrayList(ids()));
        zone.setConverter(DisplayText.of(this::label));
        zone.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shortLabel(item));
            }
        });
        SearchPopup.install(zone);
        return zone;
    }

    /** The English bundle is the root one, whose locale has no language: zone names in English. */
    private Locale textLocale() {
        Locale l = messages.locale();
        return l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }

    private String place(String id) {
        String last = id.substring(id.lastIndexOf('/') + 1);
        return last.replace('_', ' ');
    }

    private ZoneOffset offset(String id) {
        return ZoneId.of(id).getRules().getOffset(now);
    }

    private String utc(String id) {
        ZoneOffset offset = offset(id);
        return "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }
}
