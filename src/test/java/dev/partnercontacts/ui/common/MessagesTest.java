package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and plurals in the user's language (issue 15: "2026 Nov 30 03:11", "1 conflitti"). */
class MessagesTest {

    @Test
    void aLanguageWithoutARegionWritesDatesAsItsHomeRegionDoes() {
        assertThat(new Messages(Locale.ENGLISH).formatLocale()).isEqualTo(Locale.US);
        assertThat(new Messages(Locale.ITALIAN).formatLocale()).isEqualTo(Locale.ITALY);
        assertThat(new Messages(Locale.UK).formatLocale()).isEqualTo(Locale.UK);
        assertThat(new Messages(Locale.of("it", "CH")).formatLocale()).isEqualTo(Locale.of("it", "CH"));
        assertThat(new Messages(Locale.GERMANY).formatLocale()).as("shown in English").isEqualTo(Locale.US);
    }

    @Test
    void datesUseTheLocalesMediumForm() {
        Instant at = Instant.parse("2026-11-30T03:11:00Z");
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try {
            assertThat(new Messages(Locale.ENGLISH).dateTime(at)).isEqualTo("Nov 30, 2026, 3:11\u202fAM");
            assertThat(new Messages(Locale.ITALIAN).dateTime(at)).isEqualTo("30 nov 2026, 03:11");
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }

    @Test
    void pluralsComeFromTheBundles() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages it = new Messages(Locale.ITALIAN);

        assertThat(en.get("accounts.count", 1)).isEqualTo("1 account");
        assertThat(en.get("accounts.count", 1000)).isEqualTo("1,000 accounts");
        assertThat(it.get("accounts.count", 1000)).isEqualTo("1.000 account");
        assertThat(en.get("sync.conflict.item", 1, "Acme")).isEqualTo("Acme: one field to decide");
        assertThat(it.get("sync.conflict.item", 2, "Acme")).isEqualTo("Acme: 2 campi da decidere");
    }
}
