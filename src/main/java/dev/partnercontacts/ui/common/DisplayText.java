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
}
