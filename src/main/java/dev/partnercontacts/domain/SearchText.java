package dev.partnercontacts.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one form in which history is searched: what a change names is stored in it, and what
 * someone types in the search field is put in it, so that two ways of writing the same thing find
 * each other. The form is Unicode NFC, lower-cased with {@link Locale#ROOT}, with every
 * {@code xn--} label (RFC 3492) decoded to the Unicode it stands for, as
 * {@link EmailAddress#canonical} does for addresses. Phone numbers of a change are added in the
 * forms people read them ({@link Validation#phoneForms}), and the separators people group digits
 * with (spaces, dots, hyphens, brackets between digits) are dropped on both sides, so that a
 * search for {@code 347 765}, {@code 347-765} or {@code 347765} finds the number stored as
 * {@code +393477654321} and shown as {@code 347 765 4321}.
 */
public final class SearchText {

    private static final Pattern ACE_LABEL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])xn--[a-z0-9-]+");
    /** Spaces, dots, hyphens and brackets between digits: how numbers are grouped, not what they are. */
    private static final Pattern DIGIT_BRACKETS = Pattern.compile("\\((?=\\p{Nd})|(?<=\\p{Nd})\\)");
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=\\p{Nd})[\\s\\u00A0.\\-]+(?=\\p{Nd})");

    private SearchText() {
    }

    /** Text in the search form; surrounding white space (of every kind) removed. */
    public static String of(String text) {
        return form(EmailAddress.trim(text == null ? "" : text));
    }

    /**
     * What a change is found by, in the search form: its subject, label, values and author, and
     * the readable forms of the phone numbers it records.
     */
    public static String haystack(Change ch, String author) {
        List<String> parts = new ArrayList<>(List.of(ch.subject(), ch.label(), ch.before(), ch.after(), author));
        if (ch.kind() == Change.Kind.CONTACT_PHONE_CHANGED) {
            parts.addAll(Validation.phoneForms(ch.before()));
            parts.addAll(Validation.phoneForms(ch.after()));
        }
        return form(String.join(" ", parts));
    }

    private static String form(String text) {
        String v = nfc(text);
        String decoded = v.toLowerCase(Locale.ROOT).contains("xn--") ? decodeLabels(v) : v;
        String unbracketed = DIGIT_BRACKETS.matcher(nfc(decoded.toLowerCase(Locale.ROOT))).replaceAll("");
        return DIGIT_SEPARATORS.matcher(unbracketed).replaceAll("");
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String decodeLabels(String text) {
        Matcher m = ACE_LABEL.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(EmailAddress.unicodeLabel(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }
}
