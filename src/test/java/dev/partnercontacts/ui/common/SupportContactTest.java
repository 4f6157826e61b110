package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class SupportContactTest {

    @Test
    void withoutAPageItOpensAPrefilledMailToTheSupportAddress() {
        Properties p = new Properties();
        p.setProperty(SupportContact.EMAIL_KEY, "help@partner.example");
        String uri = SupportContact.from(p).uri("Help for Caffè & Co", "Account \"Caffè & Co\"\nID 42");

        assertThat(uri).isEqualTo("mailto:help@partner.example?subject=Help%20for%20Caff%C3%A8%20%26%20Co"
                + "&body=Account%20%22Caff%C3%A8%20%26%20Co%22%0AID%2042");
    }

    @Test
    void aConfiguredPageWins() {
        Properties p = new Properties();
        p.setProperty(SupportContact.URL_KEY, " https://support.partner.example/contacts ");
        p.setProperty(SupportContact.EMAIL_KEY, "help@partner.example");

        assertThat(SupportContact.from(p).uri("s", "b")).isEqualTo("https://support.partner.example/contacts");
    }

    @Test
    void theShippedDefaultsPointAtAnAddress() throws Exception {
        Properties p = new Properties();
        try (var in = dev.partnercontacts.App.class.getResourceAsStream("support.properties")) {
            p.load(in);
        }
        assertThat(SupportContact.from(p).uri("s", "b")).startsWith("mailto:").contains("@");
    }
}
