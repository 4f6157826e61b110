package dev.partnercontacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules added after running the hostile-input corpus (see HostileInputTest). */
class ValidationSafetyTest {

    private final Validation validation = new Validation("IT");

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "x\udfff", "lone \ud83d surrogate", "reversed \ude00\ud83d pair"})
    void halvesOfSurrogatePairsAreRejectedBecauseTheyCannotBeStored(String name) {
        assertThat(validation.optionalName(name)).contains("error.text.control");
        assertThat(validation.requiredName(name)).contains("error.text.control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\u2028separator", "paragraph\u2029separator"})
    void lineAndParagraphSeparatorsAreRejectedInOneLineFields(String name) {
        assertThat(validation.optionalName(name)).contains("error.text.control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u3000", "\u200b", "\ufeff", "\u200f\u200e", "\u202e", " \u2066\u2069 "})
    void aNameOfInvisibleCharactersOnlyIsMissing(String name) {
        assertThat(validation.requiredName(name)).contains("error.name.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"🙂", "محمد", "e\u0301", "👨\u200d👩\u200d👧", "\u200fמרים\u200e"})
    void aNameWithSomethingVisibleIsAccepted(String name) {
        assertThat(validation.requiredName(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202eAda", "Ada\u2066 Lovelace", "\u202bمحمد\u202c"})
    void aNameWithDirectionControlsIsRefused(String name) {
        assertThat(validation.requiredName(name)).contains("error.text.direction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@exam\u00adple.com", "ada@example.com\u200f", "ada\u200d@example.com"})
    void addressesWithInvisibleFormattingCharactersAreRejected(String email) {
        assertThat(validation.email(email)).contains("error.email.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada\u200b@example.com", "ada\ufeff@example.com", "ada@exam\u2060ple.com"})
    void zeroWidthSpacesInsideAnAddressAreSpaces(String email) {
        assertThat(validation.email(email)).contains("error.email.space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202eada@example.com", "ada\u2066@example.com", "ada@example.com\u202a"})
    void directionControlsInAnAddressAreRefusedWithTheirOwnMessage(String email) {
        assertThat(validation.email(email)).contains("error.text.direction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ufeffada@example.com", "\u200bada@example.com\u200b", "ada@example.com\u00a0"})
    void zeroWidthAndNoBreakSpacesAroundAnAddressAreRemoved(String email) {
        assertThat(validation.email(email)).isEmpty();
        assertThat(EmailAddress.canonical(email)).isEqualTo("ada@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "user@bücher.de", "δοκιμή@παράδειγμα.δοκιμή", "😀@example.com"})
    void internationalAddressesStayValid(String email) {
        assertThat(validation.email(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 650 253 0000 ext. 123", "+1 650 253 0000 x123", "+1 650 253 0000;ext=123",
            "+39 02 1234 5678 int. 12"})
    void numbersWithAnExtensionAreRejectedRatherThanStoredWithoutIt(String phone) {
        assertThat(validation.phone(phone)).hasValueSatisfying(key -> assertThat(key).isIn("error.phone.extension",
                "error.phone.invalid"));
        assertThat(validation.phone("+1 650 253 0000 ext. 123")).contains("error.phone.extension");
    }
}
