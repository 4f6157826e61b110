package dev.partnercontacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZonesTest {

    @Test
    void offersPlacesUnderTheirCurrentNamesOnly() {
        assertThat(Zones.canonicalPlaces())
                .contains("Europe/Rome", "Africa/Asmara", "Asia/Kolkata", "Europe/Kyiv", "America/Argentina/Buenos_Aires")
                .doesNotContain("Africa/Asmera", "Asia/Calcutta", "Europe/Kiev", "America/Buenos_Aires",
                        "US/Pacific", "Etc/GMT+5", "UTC", "GMT", "SystemV/EST5", "Europe/Belfast")
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void oldNamesStayValidForDataStoredWithThem() {
        assertThat(Validation.isZone("Africa/Asmera")).isTrue();
        assertThat(Zones.isCanonicalPlace("Africa/Asmera")).isFalse();
        assertThat(Zones.isCanonicalPlace("Nowhere/Land")).isFalse();
    }

    @Test
    void everyNameOfUniversalTimeIsUtcAndEveryOtherZoneItself() {
        for (String id : new String[] {"Etc/UTC", "UTC", "Etc/Universal", "Zulu", "GMT", "Etc/GMT", "Z"}) {
            assertThat(Zones.plain(java.time.ZoneId.of(id))).as(id).isEqualTo(java.time.ZoneId.of("UTC"));
        }
        for (String id : new String[] {"Europe/London", "Africa/Abidjan", "Asia/Calcutta", "Etc/GMT+5", "America/New_York"}) {
            assertThat(Zones.plain(java.time.ZoneId.of(id))).as(id).isEqualTo(java.time.ZoneId.of(id));
        }
    }
}
