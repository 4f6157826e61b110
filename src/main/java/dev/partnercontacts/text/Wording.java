package dev.partnercontacts.text;

import java.util.Locale;

/**
 * Where words come from: a resource bundle of one language, with {@link java.text.MessageFormat}
 * arguments. The app's {@code Messages} and the command line each provide one; this package
 * puts data into sentences with it and loads no JavaFX class.
 */
public interface Wording {

    /** The text of {@code key} formatted with {@code args}; the key itself when it is missing. */
    String get(String key, Object... args);

    /** The language of the words (day names follow it). */
    Locale locale();
}
