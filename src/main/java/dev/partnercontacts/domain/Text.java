package dev.partnercontacts.domain;

/** Small string helpers shared by the domain records. */
final class Text {
    private Text() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
