package dev.partnercontacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phone numbers typed in the national form of the default country, shown back readable, stored in E.164. */
class PhoneDisplayTest {

    private final Validation uk = new Validation("GB");

    @Test
    void aNationalNumberIsReadInTheDefaultCountry() {
        assertThat(uk.phone("020 7031 3000")).isEmpty();
        assertThat(uk.phoneE164("020 7031 3000")).isEqualTo("+442070313000");
        assertThat(new Validation("").phone("020 7031 3000")).as("no default country").isPresent();
    }

    @Test
    void theDefaultCountryIsAParameter() {
        Validation italy = uk.withDefaultRegion("it");
        assertThat(italy.defaultRegion()).isEqualTo("IT");
        assertThat(italy.phoneE164("02 3660 0000")).isEqualTo("+390236600000");
        assertThat(Validation.forLocale(Locale.UK).defaultRegion()).isEqualTo("GB");
    }

    @Test
    void storedNumbersAreShownNationallyAtHomeAndInternationallyElsewhere() {
        assertThat(uk.phoneForDisplay("+442070313000")).isEqualTo("020 7031 3000");
        assertThat(uk.phoneForDisplay("+16502530000")).isEqualTo("+1 650-253-0000");
        assertThat(new Validation("").phoneForDisplay("+442070313000")).isEqualTo("+44 20 7031 3000");
    }

    @Test
    void whatCannotBeReadIsShownAsTyped() {
        assertThat(uk.phoneForDisplay("12")).isEqualTo("12");
        assertThat(uk.phoneForDisplay("")).isEmpty();
        assertThat(uk.phoneForDisplay("+44 20 7031 3000 ext. 12")).isEqualTo("+44 20 7031 3000 ext. 12");
    }

    @Test
    void theReadableFormIsReadBackToTheSameNumber() {
        for (String stored : new String[] {"+442070313000", "+16502530000", "+390236600000", "+81312345678"}) {
            assertThat(uk.phoneE164(uk.phoneForDisplay(stored))).isEqualTo(stored);
        }
    }

    @Test
    void aNumberWithoutCountryCodeSaysHowToFixIt() {
        FieldPath field = FieldPath.contact(Role.TECH_EMERGENCY, 0, FieldPath.ContactPart.PHONE);
        assertThat(new Validation("").phoneProblem(field, "06 1234 5678"))
                .contains(Problem.of(field, Validation.PHONE_NO_COUNTRY));
        assertThat(uk.phoneProblem(field, "06 1234 5678"))
                .contains(Problem.of(field, Validation.PHONE_NOT_IN_COUNTRY, "44"));
        assertThat(uk.phoneProblem(field, "+44 12")).contains(Problem.of(field, "error.phone.invalid"));
    }

    @Test
    void theCountryAppliesAtOnceToEveryoneHoldingTheRules() {
        Validation shared = new Validation("");
        Gate gate = new Gate(shared);
        assertThat(shared.phone("06 1234 5678")).isPresent();

        shared.useDefaultRegion("it");

        assertThat(gate.validation().phone("06 1234 5678")).isEmpty();
        assertThat(shared.phoneForDisplay("+390612345678")).isEqualTo("06 1234 5678");
        assertThat(shared.withDefaultRegion("GB").defaultRegion()).isEqualTo("GB");
        assertThat(shared.defaultRegion()).as("a copy changes on its own").isEqualTo("IT");
    }

    /** The rule of {@link PhoneRegions#defaultFor}: the file's choice, the system's country, Italian → Italy, else none. */
    @Test
    void theDefaultCountryComesFromTheFileTheSystemOrTheLanguage() {
        Locale italian = Locale.of("it");
        assertThat(PhoneRegions.defaultFor(Optional.of("GB"), Locale.ITALY, italian)).isEqualTo("GB");
        assertThat(PhoneRegions.defaultFor(Optional.of(""), Locale.ITALY, italian)).as("None was chosen").isEmpty();
        assertThat(PhoneRegions.defaultFor(Optional.empty(), Locale.UK, italian)).isEqualTo("GB");
        assertThat(PhoneRegions.defaultFor(Optional.empty(), Locale.of("it"), italian)).isEqualTo("IT");
        assertThat(PhoneRegions.defaultFor(Optional.empty(), Locale.of("en"), Locale.ENGLISH)).isEmpty();
        assertThat(PhoneRegions.defaultFor(Optional.empty(), Locale.of("en", "150"), Locale.ENGLISH))
                .as("Europe is no country with phone numbers").isEmpty();
    }
}
