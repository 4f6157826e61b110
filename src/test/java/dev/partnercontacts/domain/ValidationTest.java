package dev.partnercontacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

    private final Validation international = new Validation("");
    private final Validation italy = new Validation("IT");
    private final Validation us = new Validation("US");

    @Nested
    class Emails {

        @ParameterizedTest
        @ValueSource(strings = {
                "a@b.co",
                "ada@example.com",
                "first.last@example.co.uk",
                "user+tag@example.com",
                "o'brien@example.ie",
                "user_name-1@sub.domain.example.org",
                "UPPER@EXAMPLE.COM",
                "1234@example.com",
                "élève@example.fr",
                "用户@例子.公司",
                "user@xn--bcher-kva.example",
                "  padded@example.com  ",
                "support@acme-tours.travel"})
        void acceptsRealAddresses(String email) {
            assertThat(international.email(email)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t  "})
        void blankIsMissing(String email) {
            assertThat(international.email(email)).contains("error.email.required");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "plainaddress",
                "a@b",
                "user@localhost",
                "user@example",
                "@example.com",
                "user@",
                "user@@example.com",
                "user@exa@mple.com",
                ".user@example.com",
                "user.@example.com",
                "user..dots@example.com",
                "user@example.com.",
                "user@-example.com",
                "user@example-.com",
                "user@example..com",
                "user@example.123"})
        void rejectsMalformedAddressesAndMissingTopLevelDomain(String email) {
            assertThat(international.email(email)).contains("error.email.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "\"john doe\"@example.com",
                "\"john\"@example.com",
                "\"john..doe\"@example.com",
                "john.\"doe\"@example.com",
                "\"a@b\"@example.com"})
        void rejectsQuotedLocalParts(String email) {
            assertThat(international.email(email)).contains("error.email.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "user@[192.168.0.1]",
                "user@[IPv6:2001:db8::1]",
                "user@192.168.0.1"})
        void rejectsIpLiterals(String email) {
            assertThat(international.email(email)).contains("error.email.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "a b@example.com",
                "ab@exa mple.com",
                "ab @example.com",
                "ab@ example.com",
                "a\tb@example.com",
                "a\u0085b@example.com"})
        void rejectsSpacesInAnAddressWithTheirOwnMessage(String email) {
            assertThat(international.email(email)).contains("error.email.space");
        }

        @ParameterizedTest
        @ValueSource(strings = {"John Doe <john@example.com>", "<john@example.com>", "not an address", "a b"})
        void rejectsDisplayNamesAndTextWithSpacesThatIsNoAddress(String email) {
            assertThat(international.email(email)).contains("error.email.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "a\u0000b@example.com",
                "ab@example.com\u0000",
                "a\u0007b@example.com",
                "a\u001bb@example.com",
                "ab@exam\u007fple.com",
                "ab@example.com\u0378"})
        void rejectsControlAndUnassignedCharacters(String email) {
            assertThat(international.email(email)).contains("error.email.invalid");
        }

        @Test
        void acceptsUpTo254Characters() {
            String at254 = address(254);
            assertThat(at254).hasSize(254);
            assertThat(international.email(at254)).isEmpty();
        }

        @Test
        void rejectsMoreThan254Characters() {
            String at255 = address(255);
            assertThat(at255).hasSize(255);
            assertThat(international.email(at255)).contains("error.email.tooLong");
            assertThat(international.email("a".repeat(300) + "@example.com")).contains("error.email.tooLong");
        }

        @Test
        void surroundingSpacesDoNotCountTowardsTheLength() {
            assertThat(international.email("   " + address(254) + "   ")).isEmpty();
        }

        @Test
        void rejectsLocalPartLongerThan64Characters() {
            assertThat(international.email("a".repeat(64) + "@example.com")).isEmpty();
            assertThat(international.email("a".repeat(65) + "@example.com")).contains("error.email.invalid");
        }

        /** A valid address of exactly {@code length} characters: 64-character local part, labels of up to 63. */
        private String address(int length) {
            String local = "l".repeat(64);
            StringBuilder domain = new StringBuilder();
            int remaining = length - local.length() - 1 - ".com".length();
            while (remaining > 0) {
                int label = Math.min(63, remaining - (domain.length() == 0 ? 0 : 1));
                if (domain.length() > 0) {
                    domain.append('.');
                }
                domain.append("d".repeat(label));
                remaining = length - local.length() - 1 - ".com".length() - domain.length();
            }
            return local + "@" + domain + ".com";
        }
    }

    @Nested
    class Phones {

        @ParameterizedTest(name = "[{0}] {1} -> {2}")
        @CsvSource({
                "'',   +39 02 1234 5678,          +390212345678",
                "'',   +390212345678,             +390212345678",
                "'',   +39 333 123 4567,          +393331234567",
                "'',   +1 650-253-0000,           +16502530000",
                "'',   +1 (650) 253-0000,         +16502530000",
                "'',   +44 20 7946 0958,          +442079460958",
                "IT,   02 1234 5678,              +390212345678",
                "IT,   333 123 4567,              +393331234567",
                "IT,   0039 02 1234 5678,         +390212345678",
                "IT,   +1 650 253 0000,           +16502530000",
                "US,   (650) 253-0000,            +16502530000",
                "US,   650.253.0000,              +16502530000",
                "US,   1-650-253-0000,            +16502530000",
                "US,   +39 02 1234 5678,          +390212345678",
                "it,   02 1234 5678,              +390212345678"})
        void acceptsValidNumbersAndFormatsThemInE164(String region, String phone, String e164) {
            Validation validation = new Validation(region);

            assertThat(validation.phone(phone)).isEmpty();
            assertThat(validation.phoneE164(phone)).isEqualTo(e164);
        }

        @ParameterizedTest(name = "[{0}] {1}")
        @CsvSource({
                "'',   02 1234 5678",
                "'',   650 253 0000",
                "IT,   (650) 253-0000",
                "US,   02 1234 5678",
                "US,   333 123 4567",
                "IT,   abc",
                "US,   call me maybe",
                "IT,   12",
                "US,   +",
                "IT,   +999 123",
                "IT,   +39 02",
                "US,   +1 555 555 55555 5555"})
        void rejectsInvalidNumbers(String region, String phone) {
            Validation validation = new Validation(region);

            // Without "+" the message says how to fix it: the country code, or another country.
            assertThat(validation.phone(phone)).contains(phone.strip().startsWith("+") ? "error.phone.invalid"
                    : region.isEmpty() ? Validation.PHONE_NO_COUNTRY : Validation.PHONE_NOT_IN_COUNTRY);
            assertThatThrownBy(() -> validation.phoneE164(phone)).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"+39 02\u0000 1234 5678", "+39 02 1234 5678\u0007", "\u001b+39 02 1234 5678",
                "+39 02 1234 5678\u0378"})
        void rejectsNumbersWithControlOrUnassignedCharacters(String phone) {
            assertThat(italy.phone(phone)).contains("error.phone.invalid");
        }

        @Test
        void rejectsOverlongInputEvenIfItWouldParse() {
            String padded = "+39 02 1234 5678" + " ".repeat(10) + "ext. 1234567890123";
            assertThat(padded.strip()).hasSizeGreaterThan(Validation.MAX_PHONE);
            assertThat(italy.phone(padded)).contains("error.phone.invalid");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void blankPhoneIsAcceptableAndStaysBlank(String phone) {
            assertThat(italy.phone(phone)).isEmpty();
            assertThat(italy.phoneE164(phone)).isEmpty();
        }

        @Test
        void regionFollowsTheLocale() {
            assertThat(Validation.forLocale(Locale.ITALY).phoneE164("02 1234 5678")).isEqualTo("+390212345678");
            assertThat(Validation.forLocale(Locale.US).phoneE164("(650) 253-0000")).isEqualTo("+16502530000");
            assertThat(Validation.forLocale(Locale.ENGLISH).phone("02 1234 5678")).contains(Validation.PHONE_NO_COUNTRY);
        }

        @Test
        void normalizeTrimsAndStoresE164() {
            Contact normalized = italy.normalize(new Contact("  ada@example.com ", "  Ada  ", " 02 1234 5678 "));

            assertThat(normalized).isEqualTo(new Contact("ada@example.com", "Ada", "+390212345678"));
            assertThat(us.normalize(new Contact("a@example.com", "", ""))).isEqualTo(new Contact("a@example.com", "", ""));
        }
    }

    @Nested
    class Times {

        @ParameterizedTest
        @CsvSource({"00:00,00:00", "0:00,00:00", "9:00,09:00", "09:00,09:00", "12:30,12:30", "23:59,23:59", "' 09:15 ',09:15",
                "9,09:00", "09,09:00", "21.30,21:30", "9h30,09:30", "0900,09:00", "930,09:30", "2130,21:30",
                "9am,09:00", "9 AM,09:00", "9:30pm,21:30", "9:00 p.m.,21:00", "12am,00:00", "12pm,12:00", "12:15 am,00:15"})
        void acceptsTimesAsPeopleTypeThem(String typed, String expected) {
            assertThat(Validation.parseTime(typed, false)).contains(LocalTime.parse(expected));
            assertThat(Validation.parseTime(typed, true)).contains(LocalTime.parse(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "24:00", "24:01", "25:00", "25:99", "09:60", "9:5", "09:5", "24", "2400",
                "13pm", "0am", "09:00:00", "-1:00", "+9:00", "0009:00", "123:00", "009:00", "99999",
                "09:000", "٠٩:٠٠", "０９:００", "ab:cd", "9 o'clock", "960"})
        void rejectsAnythingElseAsStart(String typed) {
            assertThat(Validation.parseTime(typed, false)).isEmpty();
        }

        @Test
        void twentyFourIsAcceptedAsAnEndOnly() {
            assertThat(Validation.parseTime("24:00", true)).contains(LocalTime.MAX);
            assertThat(Validation.parseTime(" 24:00 ", true)).contains(LocalTime.MAX);
            assertThat(Validation.parseTime("24:00", false)).isEmpty();
            assertThat(Validation.parseTime("24:01", true)).isEmpty();
            assertThat(Validation.parseTime("24:30", true)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"9-18,09:00,18:00", "9–18,09:00,18:00", "9 - 18,09:00,18:00", "09.00-18.00,09:00,18:00",
                "9am - 5:30pm,09:00,17:30", "22—24,22:00,24:00", "8−20,08:00,20:00"})
        void readsARangeTypedInOneField(String typed, String start, String end) {
            assertThat(Validation.parseTimeRange(typed)).hasValueSatisfying(r -> assertThat(r).containsExactly(start, end));
        }

        @ParameterizedTest
        @ValueSource(strings = {"9", "-", "9-", "-18", "9-25", "24-18", "9-18-20", "nine-five", ""})
        void aRangeNeedsTwoValidTimes(String typed) {
            assertThat(Validation.parseTimeRange(typed)).isEmpty();
        }

        @Test
        void endOfDayIsAfterEveryOtherTime() {
            LocalTime endOfDay = Validation.parseTime(Validation.END_OF_DAY, true).orElseThrow();
            assertThat(endOfDay).isAfter(Validation.parseTime("23:59", true).orElseThrow());
        }
    }

    @Nested
    class Zones {

        @ParameterizedTest
        @ValueSource(strings = {"Europe/Rome", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "UTC", "Etc/UTC"})
        void acceptsIanaZones(String zone) {
            assertThat(Validation.isZone(zone)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "Europe/Nowhere", "europe/rome", "Europe/Rome ", "+01:00", "UTC+1", "Z",
                "EST", "CEST", "Rome"})
        void rejectsEverythingElse(String zone) {
            assertThat(Validation.isZone(zone)).isFalse();
        }
    }

    @Nested
    class Texts {

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 100})
        void optionalNameUpToHundredCharacters(int length) {
            assertThat(international.optionalName("x".repeat(length))).isEmpty();
        }

        @Test
        void optionalNameLongerThanHundredIsRejected() {
            assertThat(international.optionalName("x".repeat(101))).contains("error.name.tooLong");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ada\u0000", "A\nda", "\u0007", "Ada\u0378"})
        void namesWithControlOrUnassignedCharactersAreRejected(String name) {
            assertThat(international.optionalName(name)).contains("error.text.control");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Zoë Ångström", "日本語の名前", "Ana 🙂", "O'Brien-Smith"})
        void namesInAnyScriptAreAccepted(String name) {
            assertThat(international.optionalName(name)).isEmpty();
            assertThat(international.requiredName(name)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t"})
        void requiredNameMustNotBeBlank(String name) {
            assertThat(international.requiredName(name)).contains("error.name.required");
        }

        @Test
        void partnerIdRules() {
            assertThat(international.partnerId("")).isEmpty();
            assertThat(international.partnerId("0".repeat(20))).isEmpty();
            assertThat(international.partnerId("0".repeat(21))).contains("error.partnerId.tooLong");
            assertThat(international.partnerId("12x")).contains("error.partnerId.digits");
        }
    }
}
