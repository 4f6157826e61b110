package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.Problem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's strings: the resource bundle of the chosen language, with {@link MessageFormat} arguments. */
public final class Messages {

    public static final String BUNDLE = "dev.partnercontacts.ui.messages";

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text of {@code key}, formatted with {@code args}; the key itself if it is missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** A date and time in the user's language and the system's time zone. */
    public String dateTime(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                        java.time.format.FormatStyle.SHORT)
                .withLocale(locale()).withZone(java.time.ZoneId.systemDefault()).format(at);
    }

    public String problem(Problem p) {
        return get(p.messageKey(), p.args().toArray());
    }
}
