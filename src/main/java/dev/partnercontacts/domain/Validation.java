package dev.partnercontacts.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Field-level rules: e-mail addresses (JMail, RFC 5321/5322 with a top-level domain required),
 * phone numbers (libphonenumber, stored in E.164), times, time zones and text lengths. Each check
 * returns the resource-bundle key of the problem, or empty when the value is acceptable.
 */
public final class Validation {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;
    public static final int MAX_PARTNER_ID = 20;
    /** A day's end, accepted as the end of a support window. */
    public static final String END_OF_DAY = "24:00";

    private static final EmailValidator EMAIL = JMail.strictValidator()
            .disallowQuotedIdentifiers()
            .disallowObsoleteWhitespace()
            // A bare address only: JMail accepts quoted local parts ("john doe"@…) and <angle-addr>
            // forms, which disallowQuotedIdentifiers() does not cover.
            .withRule(e -> !e.localPartWithoutComments().contains("\""), "quoted local part")
            .withRule(e -> e.identifier() == null, "angle-bracketed address");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    // One or two hour digits: the pattern "H" would accept any number of them ("0009:00").
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final String defaultRegion;

    /**
     * @param defaultRegion ISO 3166 region used for phone numbers typed without a country code,
     *                      or empty to require the international form (+CC…)
     */
    public Validation(String defaultRegion) {
        this.defaultRegion = defaultRegion == null ? "" : defaultRegion.toUpperCase(Locale.ROOT);
    }

    /** Validation whose phone region follows the given locale's country. */
    public static Validation forLocale(Locale locale) {
        return new Validation(locale.getCountry());
    }

    public Optional<String> email(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.of("error.email.required");
        }
        if (v.length() > MAX_EMAIL) {
            return Optional.of("error.email.tooLong");
        }
        // Invisible formatting characters (zero-width spaces, direction overrides) are valid in
        // an internationalised address as far as JMail is concerned, but never typed on purpose:
        // they make one address look like another.
        if (hasControlCharacters(v) || v.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT)
                || EMAIL.isInvalid(v)) {
            return Optional.of("error.email.invalid");
        }
        return Optional.empty();
    }

    /** Checks an optional phone number; blank is acceptable. */
    public Optional<String> phone(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() > MAX_PHONE || hasControlCharacters(v)) {
            return Optional.of("error.phone.invalid");
        }
        Optional<PhoneNumber> number = parsePhone(v);
        if (number.isEmpty()) {
            return Optional.of("error.phone.invalid");
        }
        // E.164 has no extensions: storing the number would silently drop it.
        return number.get().hasExtension() ? Optional.of("error.phone.extension") : Optional.empty();
    }

    /** The E.164 form of a valid phone number ({@code +390212345678}), or blank for blank. */
    public String phoneE164(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return "";
        }
        return parsePhone(v)
                .map(n -> PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
                .orElseThrow(() -> new IllegalArgumentException("not a valid phone number"));
    }

    private Optional<PhoneNumber> parsePhone(String v) {
        try {
            String region = v.startsWith("+") || defaultRegion.isEmpty() ? null : defaultRegion;
            PhoneNumber number = PHONES.parse(v, region);
            return PHONES.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Checks an optional person's or contact's name. */
    public Optional<String> optionalName(String value) {
        if (value.length() > MAX_NAME) {
            return Optional.of("error.name.tooLong");
        }
        return hasControlCharacters(value) ? Optional.of("error.text.control") : Optional.empty();
    }

    /**
     * Checks a required name (account, portal user). Only invisible characters (spaces of any
     * kind, zero-width and direction marks) do not make a name.
     */
    public Optional<String> requiredName(String value) {
        if (value.codePoints().allMatch(Validation::isInvisible)) {
            return Optional.of("error.name.required");
        }
        return optionalName(value.strip());
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT;
    }

    public Optional<String> partnerId(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > MAX_PARTNER_ID) {
            return Optional.of("error.partnerId.tooLong");
        }
        return value.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.empty() : Optional.of("error.partnerId.digits");
    }

    /** Parses a 24-hour {@code H:mm} or {@code HH:mm} time; {@code 24:00} only when {@code end}. */
    public static Optional<LocalTime> parseTime(String value, boolean end) {
        String v = value.strip();
        if (end && END_OF_DAY.equals(v)) {
            return Optional.of(LocalTime.MAX);
        }
        try {
            return Optional.of(LocalTime.parse(v, TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the value is a region-based IANA zone id known to this Java runtime. */
    public static boolean isZone(String value) {
        return ZONES.contains(value);
    }

    /** Normalizes a contact for storage: trimmed e-mail and name, phone in E.164. */
    public Contact normalize(Contact c) {
        return new Contact(c.email().strip(), c.name().strip(), phoneE164(c.phone()));
    }

    /**
     * Control characters, line and paragraph separators, unassigned code points, and halves of
     * surrogate pairs: none belongs in a one-line field, and a lone surrogate cannot even be
     * stored (UTF-8 has no encoding for it).
     */
    static boolean hasControlCharacters(String v) {
        return v.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return Character.isISOControl(cp) || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
    }
}
