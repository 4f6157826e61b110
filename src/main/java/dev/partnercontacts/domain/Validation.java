package dev.partnercontacts.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    // Hours with one to four digits (9, 09, 930, 2130), optional minutes after ":", "." or "h",
    // optional am/pm ("a.m." too). Only ASCII digits: \d would also take other scripts' digits.
    private static final Pattern TIME = Pattern.compile(
            "([0-9]{1,4})(?:\\s*[:.h]\\s*([0-9]{2}))?\\s*(?:(a|p)\\.?m?\\.?)?");
    // Two times joined by a hyphen, a minus sign, or an en or em dash (U+2010–U+2015, U+2212).
    private static final Pattern TIME_RANGE = Pattern.compile("(.+?)\\s*[-\u2010-\u2015\u2212]\\s*(.+)");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    /** Problem key: a number typed without {@code +} and no default phone country to read it in. */
    public static final String PHONE_NO_COUNTRY = "error.phone.noCountry";
    /** Problem key: a number typed without {@code +} that is not one of the default country's; argument: its calling code. */
    public static final String PHONE_NOT_IN_COUNTRY = "error.phone.notInCountry";

    // Shared by everyone holding this instance: the phone country applies at once (issue 15).
    private final AtomicReference<String> defaultRegion;

    /**
     * @param defaultRegion ISO 3166 region used for phone numbers typed without a country code,
     *                      or empty to require the international form (+CC…)
     */
    public Validation(String defaultRegion) {
        this.defaultRegion = new AtomicReference<>(region(defaultRegion));
    }

    private static String region(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /** The region of numbers typed without a country code, or empty when none is assumed. */
    public String defaultRegion() {
        return defaultRegion.get();
    }

    /** The same rules with another default phone region, independent of this instance. */
    public Validation withDefaultRegion(String region) {
        return new Validation(region);
    }

    /**
     * Reads numbers typed without a country code in {@code region} from now on, for everyone that
     * holds this instance (the form, the gate, the users' checks): the Settings and gate choice
     * applies at once. Thread-safe; each check reads the region once.
     *
     * @param region ISO 3166 region, or empty for none (then numbers must start with +)
     */
    public void useDefaultRegion(String region) {
        defaultRegion.set(region(region));
    }

    /**
     * A valid phone number as people read it: in the national form when it belongs to the
     * default region ({@code 020 7031 3000}), else in the international form
     * ({@code +44 20 7031 3000}). Anything else comes back unchanged, so nothing typed is lost.
     */
    public String phoneForDisplay(String value) {
        String v = value.strip();
        if (v.isEmpty() || phone(v).isPresent()) {
            return value;
        }
        String region = defaultRegion.get();
        return parsePhone(v, region).map(number -> {
            boolean home = !region.isEmpty() && region.equals(PHONES.getRegionCodeForNumber(number));
            return PHONES.format(number, home ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                    : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        }).orElse(value);
    }

    /**
     * The ways people write a stored (E.164) number: the international form
     * ({@code +39 347 765 4321}) and the national one ({@code 347 765 4321}), whatever the default
     * region; for history search. Empty for blank or a value that is not a valid number.
     */
    public static List<String> phoneForms(String e164) {
        String v = e164 == null ? "" : e164.strip();
        if (!v.startsWith("+")) {
            return List.of();
        }
        try {
            PhoneNumber number = PHONES.parse(v, null);
            return PHONES.isValidNumber(number)
                    ? List.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL),
                            PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL))
                    : List.of();
        } catch (NumberParseException e) {
            return List.of();
        }
    }

    /** Validation whose phone region follows the given locale's country. */
    public static Validation forLocale(Locale locale) {
        return new Validation(locale.getCountry());
    }

    /**
     * Checks an e-mail address. It is judged in its {@link EmailAddress#canonical} form: white
     * space around it does not count, {@code xn--} labels are read as the Unicode they encode.
     * Direction controls ({@code error.text.direction}) and white space inside an otherwise valid
     * address ({@code error.email.space}) are refused with messages of their own.
     *
     * @return the message key of the problem, or empty when the address is acceptable
     */
    public Optional<String> email(String value) {
        String v = EmailAddress.canonical(value);
        if (v.isEmpty()) {
            return Optional.of("error.email.required");
        }
        if (v.length() > MAX_EMAIL) {
            return Optional.of("error.email.tooLong");
        }
        if (v.codePoints().anyMatch(EmailAddress::isBidiControl)) {
            return Optional.of("error.text.direction");
        }
        if (v.codePoints().anyMatch(EmailAddress::isSpace)) {
            // Spaces are named only when they are all that is wrong: "not an address" is not an
            // address with spaces in it.
            StringBuilder without = new StringBuilder();
            v.codePoints().filter(cp -> !EmailAddress.isSpace(cp)).forEach(without::appendCodePoint);
            return Optional.of(email(without.toString()).isEmpty() ? "error.email.space" : "error.email.invalid");
        }
        // Other invisible formatting characters (zero-width joiners, direction marks) are valid in
        // an internationalised address as far as JMail is concerned, but never typed on purpose:
        // they make one address look like another.
        if (hasControlCharacters(v) || v.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT)
                || EMAIL.isInvalid(v)) {
            return Optional.of("error.email.invalid");
        }
        return Optional.empty();
    }

    /**
     * The problem of an optional phone number in {@code field}, with the arguments its message
     * needs ({@link #PHONE_NOT_IN_COUNTRY} names the default country's calling code, "39").
     */
    public Optional<Problem> phoneProblem(FieldPath field, String value) {
        String region = defaultRegion.get();
        return phone(value).map(key -> PHONE_NOT_IN_COUNTRY.equals(key)
                ? Problem.of(field, key, String.valueOf(PHONES.getCountryCodeForRegion(region)))
                : Problem.of(field, key));
    }

    /**
     * Checks an optional phone number; blank is acceptable. A number without {@code +} that
     * cannot be read is {@link #PHONE_NO_COUNTRY} or {@link #PHONE_NOT_IN_COUNTRY}, so the
     * message can say how to fix it.
     */
    public Optional<String> phone(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() > MAX_PHONE || hasControlCharacters(v)) {
            return Optional.of("error.phone.invalid");
        }
        String region = defaultRegion.get();
        Optional<PhoneNumber> number = parsePhone(v, region);
        if (number.isEmpty()) {
            // Without "+", say how to fix it: the country code, or the country to read it in.
            return Optional.of(v.startsWith("+") ? "error.phone.invalid"
                    : region.isEmpty() ? PHONE_NO_COUNTRY : PHONE_NOT_IN_COUNTRY);
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
        return parsePhone(v, defaultRegion.get())
                .map(n -> PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))
                .orElseThrow(() -> new IllegalArgumentException("not a valid phone number"));
    }

    private static Optional<PhoneNumber> parsePhone(String v, String defaultRegion) {
        try {
            String region = v.startsWith("+") || defaultRegion.isEmpty() ? null : defaultRegion;
            PhoneNumber number = PHONES.parse(v, region);
            return PHONES.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks an optional person's or contact's name: at most {@link #MAX_NAME} characters counted
     * as code points of its {@link PersonName#canonical} form (an emoji or an accented letter is
     * one), no control characters, and no direction-override or isolate characters
     * (U+202A–U+202E, U+2066–U+2069; data contract), which would reorder the text shown after
     * the name.
     */
    public Optional<String> optionalName(String value) {
        if (PersonName.length(value) > MAX_NAME) {
            return Optional.of("error.name.tooLong");
        }
        if (value.codePoints().anyMatch(EmailAddress::isBidiControl)) {
            return Optional.of("error.text.direction");
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

    /**
     * Parses a time as people type it: {@code 9}, {@code 09}, {@code 9:30}, {@code 21.30},
     * {@code 930}, {@code 2130}, {@code 9am}, {@code 9:30 pm}, {@code 12am} (midnight);
     * {@code 24:00} (or {@code 24}) only when {@code end}, as the end of the day.
     */
    public static Optional<LocalTime> parseTime(String value, boolean end) {
        Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1);
        String hourText;
        String minuteText = m.group(2);
        if (minuteText == null && digits.length() > 2) {
            // 930 or 2130: the last two digits are the minutes.
            hourText = digits.substring(0, digits.length() - 2);
            minuteText = digits.substring(digits.length() - 2);
        } else {
            hourText = digits;
        }
        if (hourText.length() > 2) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        if (minute > 59) {
            return Optional.empty();
        }
        if (hour == 24 && minute == 0 && half == null) {
            return end ? Optional.of(LocalTime.MAX) : Optional.empty();
        }
        return hour < 24 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** The time in the stored form, {@code HH:mm} ({@code 24:00} for the end of the day), or empty. */
    public static Optional<String> normalizeTime(String value, boolean end) {
        return parseTime(value, end).map(t -> t == LocalTime.MAX ? END_OF_DAY : t.format(HH_MM));
    }

    /**
     * Reads a range of times as people type it in one field: two times joined by a hyphen, an
     * en or em dash or a minus sign, with or without spaces ({@code 9-18}, {@code 9 – 18},
     * {@code 09.00-18.00}, {@code 9am-5:30pm}). Each side as {@link #parseTime}; the end may be
     * {@code 24}.
     *
     * @return the start and the end in the stored form ({@code HH:mm}), or empty when the value
     *         is not such a range
     */
    public static Optional<String[]> parseTimeRange(String value) {
        Matcher m = TIME_RANGE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> start = normalizeTime(m.group(1), false);
        Optional<String> end = normalizeTime(m.group(2), true);
        return start.isPresent() && end.isPresent()
                ? Optional.of(new String[] {start.get(), end.get()}) : Optional.empty();
    }

    /** Whether the value is a region-based IANA zone id known to this Java runtime. */
    public static boolean isZone(String value) {
        return ZONES.contains(value);
    }

    /**
     * Normalizes a contact for storage: the e-mail address in its {@link EmailAddress#canonical}
     * form, the name in its {@link PersonName#canonical} form, the phone in E.164.
     */
    public Contact normalize(Contact c) {
        return new Contact(EmailAddress.canonical(c.email()), PersonName.canonical(c.name()), phoneE164(c.phone()));
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
