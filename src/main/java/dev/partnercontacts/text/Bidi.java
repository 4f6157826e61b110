package dev.partnercontacts.text;

/**
 * Names inside text that reads in another direction. A name typed in Arabic or Hebrew, put into
 * an English sentence as it is, can take the words around it along with it (Unicode UAX #9 picks
 * a paragraph's direction from its first strong letter, and neutral characters join the runs
 * beside them). Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE it is laid out on its
 * own and moves nothing else.
 */
public final class Bidi {

    /** U+2068 FIRST STRONG ISOLATE. */
    public static final String FSI = "\u2068";
    /** U+2069 POP DIRECTIONAL ISOLATE. */
    public static final String PDI = "\u2069";

    private Bidi() {
    }

    /** The text wrapped in FSI … PDI; empty text stays empty. */
    public static String isolate(String text) {
        return text == null || text.isEmpty() ? "" : FSI + text + PDI;
    }
}
