package dev.partnercontacts.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters that show values by a text of their own (display names from the bundles). */
public final class DisplayText {

    private DisplayText() {
    }

    /** A one-way converter for choice controls and cells: {@code text} names a value; null shows as empty. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }

    /**
     * The text cut to at most {@code max} user-perceived characters (grapheme clusters, through
     * {@link java.text.BreakIterator}), an ellipsis ("…") in place of the rest: a long account
     * name inside a button's label, so that the button itself never has to cut its text.
     */
    public static String shortened(String text, int max) {
        java.text.BreakIterator chars = java.text.BreakIterator.getCharacterInstance();
        chars.setText(text);
        int end = chars.first();
        for (int n = 0; n < max; n++) {
            end = chars.next();
            if (end == java.text.BreakIterator.DONE) {
                return text;
            }
        }
        return end >= text.length() ? text : text.substring(0, end).stripTrailing() + "\u2026";
    }
}
