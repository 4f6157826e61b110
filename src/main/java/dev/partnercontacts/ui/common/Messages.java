package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.text.Wording;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's strings, for the windows and the command line alike: the resource bundle of
 * the chosen language, with {@link MessageFormat} arguments. A message without arguments is shown
 * as written (the bundle's convention: its apostrophes are not doubled). Loads no JavaFX class.
 */
public final class Messages implements Wording {

    public static final String BUNDLE = "dev.partnercontacts.ui.messages";

    private final ResourceBundle bundle;
    private final boolean plain;
    private final Locale formats;

    public Messages(Locale locale) {
        this(locale, false);
    }

    private Messages(Locale locale, boolean plain) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.plain = plain;
        this.formats = formatLocale(locale, bundle.getLocale());
    }

    /**
     * The locale dates and numbers are written in: the one asked for when it names a region,
     * else the language's home region. A language alone gets CLDR's neutral forms, which read
     * oddly ("en": "2026 Nov 30"; "en-US": "Nov 30, 2026"; "it-IT": "30 nov 2026").
     */
    static Locale formatLocale(Locale asked, Locale bundle) {
        // The English bundle is the base one, whose locale is the root locale.
        String language = bundle.getLanguage().isEmpty() ? "en" : bundle.getLanguage();
        if (!asked.getCountry().isEmpty() && asked.getLanguage().equals(language)) {
            return asked;
        }
        return "it".equals(language) ? Locale.ITALY : Locale.US;
    }

    /**
     * The command line's messages: numbers in a plain argument ({@code {0}}, not {@code {0,choice,…}})
     * and paths are written as they are, without grouping separators, so that scripts can read them.
     */
    public static Messages plain(Locale locale) {
        return new Messages(locale, true);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    @Override
    public Locale locale() {
        return bundle.getLocale();
    }

    /** The locale of dates and numbers (see {@link #formatLocale}). */
    public Locale formatLocale() {
        return formats;
    }

    /** The text of {@code key}, formatted with {@code args}; the key itself if it is missing. */
    @Override
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, formats);
        return format.format(plain ? plainArguments(format, args) : args);
    }

    private static Object[] plainArguments(MessageFormat format, Object[] args) {
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            boolean noFormat = i >= formats.length || formats[i] == null;
            if (noFormat && (out[i] instanceof Number || out[i] instanceof java.nio.file.Path)) {
                out[i] = out[i].toString();
            }
        }
        return out;
    }

    /** A date and time in the user's language and the system's time zone. */
    public String dateTime(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                        java.time.format.FormatStyle.SHORT)
                .withLocale(formats).withZone(java.time.ZoneId.systemDefault()).format(at);
    }

    /**
     * As {@link #dateTime}, to the second ("Nov 30, 2026, 2:27:05 PM"): for things made minutes
     * apart that must read apart, such as backups.
     */
    public String dateTimeToTheSecond(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                        java.time.format.FormatStyle.MEDIUM)
                .withLocale(formats).withZone(java.time.ZoneId.systemDefault()).format(at);
    }

    public String problem(Problem p) {
        return get(p.messageKey(), p.args().toArray());
    }
}
