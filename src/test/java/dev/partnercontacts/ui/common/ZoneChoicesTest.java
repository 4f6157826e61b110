package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import dev.partnercontacts.domain.Zones;
import org.junit.jupiter.api.Test;

class ZoneChoicesTest {

    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

    @Test
    void showsAPlaceItsZoneAndItsCurrentOffset() {
        ZoneChoices zones = new ZoneChoices(new Messages(Locale.ENGLISH), WINTER);
        assertThat(zones.label("Europe/Rome")).isEqualTo("Rome — Central European Time, UTC+01:00");
        assertThat(zones.shortLabel("Europe/Rome")).isEqualTo("Rome, UTC+01:00");
        assertThat(zones.label("America/Argentina/Buenos_Aires")).startsWith("Buenos Aires — ");
        assertThat(zones.label("UTC")).endsWith("UTC+00:00");
        assertThat(new ZoneChoices(new Messages(Locale.ENGLISH), SUMMER).label("Europe/Rome")).endsWith("UTC+02:00");
    }

    @Test
    void speaksTheUsersLanguage() {
        assertThat(new ZoneChoices(new Messages(Locale.ITALIAN), WINTER).label("Europe/Rome"))
                .startsWith("Rome — ").endsWith(", UTC+01:00").doesNotContain("Central European");
    }

    @Test
    void listsPlacesFromWestToEastWithoutOldAliases() {
        List<String> ids = new ZoneChoices(new Messages(Locale.ENGLISH), WINTER).ids();
        assertThat(ids).contains("Europe/Rome", "UTC", "Pacific/Kiritimati").doesNotContain("Africa/Asmera", "Etc/GMT+5");
        assertThat(ids.indexOf("America/New_York")).isLessThan(ids.indexOf("Europe/London"));
        assertThat(ids.indexOf("Europe/London")).isLessThan(ids.indexOf("Asia/Tokyo"));
    }

    /** Seen on a computer set to Etc/UTC: "UTC — Coordinated Universal Time" twice in the list. */
    @Test
    void noTwoZonesReadAlikeWhateverThisComputersZone() {
        ZoneChoices zones = new ZoneChoices(new Messages(Locale.ENGLISH), WINTER);
        assertThat(zones.ids().stream().map(zones::label).toList()).doesNotHaveDuplicates();
        assertThat(zones.ids()).contains(Zones.thisComputer().getId());
    }

    @Test
    void anUnknownIdIsShownAsItIs() {
        ZoneChoices zones = new ZoneChoices(new Messages(Locale.ENGLISH), WINTER);
        assertThat(zones.label("Nowhere/Land")).isEqualTo("Nowhere/Land");
        assertThat(zones.label("")).isEmpty();
    }

    @Test
    void theBestMatchStartsWithWhatWasTypedElseHasAWordThatDoes() {
        ZoneChoices zones = new ZoneChoices(new Messages(Locale.ENGLISH), WINTER);
        List<String> found = List.of("Asia/Vostok", "Asia/Tokyo", "Asia/Ust-Nera");
        assertThat(SearchPopup.bestMatch(found, zones::label, "tok")).isEqualTo(1);
        assertThat(SearchPopup.bestMatch(found, zones::label, "nera")).as("a word of the name").isEqualTo(2);
        assertThat(SearchPopup.bestMatch(found, zones::label, "ostok")).as("no name or word starts with it").isZero();
    }
}
