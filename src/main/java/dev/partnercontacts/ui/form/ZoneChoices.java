package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.domain.Zones;
import dev.partnercontacts.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The time zones offered for support hours, shown as places with their current offset:
 * "Rome — Central European Time, UTC+01:00". Sorted from west to east, then by place. Names
 * are worked out when first shown, so a form with no support window pays nothing.
 */
final class ZoneChoices {

    private final Messages messages;
    private final Instant now;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> shortLabels = new HashMap<>();
    private List<String> ids;

    ZoneChoices(Messages messages, Instant now) {
        this.messages = messages;
        this.now = now;
    }

    /** Canonical places, UTC, and the system's own zone even when it is an old alias. */
    List<String> ids() {
        if (ids == null) {
            ids = Stream.concat(Zones.canonicalPlaces().stream(), Stream.of("UTC", ZoneId.systemDefault().getId()))
                    .distinct()
                    .sorted(Comparator.comparing((String id) -> offset(id).getTotalSeconds()).thenComparing(this::place))
                    .toList();
        }
        return ids;
    }

    /** "Rome — Central European Time, UTC+01:00"; an unknown id as it is. */
    String label(String id) {
        if (id == null || id.isEmpty() || !Validation.isZone(id)) {
            return id == null ? "" : id;
        }
        return labels.computeIfAbsent(id, z -> messages.get("zone.display", place(z),
                ZoneId.of(z).getDisplayName(TextStyle.FULL, FormParts.textLocale(messages)), utc(z)));
    }

    /** "Rome, UTC+01:00": what the closed picker shows, short enough never to be cut. */
    String shortLabel(String id) {
        if (id == null || id.isEmpty() || !Validation.isZone(id)) {
            return id == null ? "" : id;
        }
        return shortLabels.computeIfAbsent(id, z -> messages.get("zone.display.short", place(z), utc(z)));
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
