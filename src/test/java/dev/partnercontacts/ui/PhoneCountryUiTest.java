package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.SettingKeys;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, breaker 5: "06 1234 5678" was refused on a system whose locale has no country, the
 * phone country sat behind the gate and applied from the next start. Through the gate's form.
 */
class PhoneCountryUiTest {

    private static final String PHONE = "techEmergency-phone-0";

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;
    private Locale systemLocale;

    @BeforeEach
    void rememberLocale() {
        systemLocale = Locale.getDefault();
    }

    @AfterEach
    void tearDown() throws Exception {
        Locale.setDefault(systemLocale);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> phoneCountry() {
        return app.inGate("phoneCountry", ComboBox.class);
    }

    private Optional<String> storedPhoneCountry() {
        return app.readStore(r -> r.setting(SettingKeys.PHONE_REGION));
    }

    @Test
    void anItalianNumberIsAcceptedByDefaultUnderTheItalianLanguageWithoutACountry() throws Exception {
        Locale.setDefault(Locale.of("it"));
        app = apps.driver("it.db").launch();

        app.type(PHONE, "06 1234 5678");

        assertThat(app.errorShown(PHONE)).as("the number is refused: %s", app.errorShown(PHONE) ? app.text(PHONE + "-error") : "")
                .isFalse();
        assertThat(app.text(PHONE)).isEqualTo("06 1234 5678");
        assertThat(phoneCountry().getValue()).isEqualTo("IT");
        assertThat(phoneCountry().getConverter().toString("IT")).isEqualTo("Italia (+39)");
    }

    @Test
    void aNumberWithoutCountrySaysHowToFixItAndChoosingTheCountryAppliesAtOnce() throws Exception {
        Locale.setDefault(Locale.of("en"));
        app = apps.driver("en.db").launch("--locale=en");
        assertThat(phoneCountry().getValue()).as("English names no single country").isEmpty();

        app.type(PHONE, "06 1234 5678");
        assertThat(app.errorShown(PHONE)).isTrue();
        assertThat(app.text(PHONE + "-error"))
                .isEqualTo("Add the country code (+44 …) or choose the country.");

        findCountry("ita");
        AppDriver.waitUntil(() -> !app.errorShown(PHONE));
        assertThat(app.text(PHONE)).isEqualTo("06 1234 5678");
        AppDriver.waitUntil(() -> storedPhoneCountry().equals(Optional.of("IT")));

        findCountry("united states");
        AppDriver.waitUntil(() -> "+39 06 1234 5678".equals(app.text(PHONE)));
        assertThat(app.errorShown(PHONE)).as("the same number, shown with its country code").isFalse();

        app.type(PHONE, "06 1234 5678");
        assertThat(app.text(PHONE + "-error")).as("the chosen country's code")
                .isEqualTo("Add the country code (+1 …) or choose the country.");
    }

    /** Opens the phone country's list, types {@code search} and takes the first country found with Enter. */
    private void findCountry(String search) throws Exception {
        app.search(phoneCountry(), search);
    }

    @Test
    void typingPartOfACountryNameFindsIt() throws Exception {
        Locale.setDefault(Locale.of("en"));
        app = apps.driver("find.db").launch("--locale=en");

        findCountry("ita");

        AppDriver.waitUntil(() -> "IT".equals(phoneCountry().getValue()));
        AppDriver.waitUntil(() -> storedPhoneCountry().equals(Optional.of("IT")));
    }
}
