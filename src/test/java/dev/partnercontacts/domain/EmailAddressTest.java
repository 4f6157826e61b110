package dev.partnercontacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical form of the data contract: one address, one identity, over the whole of each kind. */
class EmailAddressTest {

    private static final Validation VALIDATION = new Validation("");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}");

    /**
     * Every character that is white space by any definition: the Unicode White_Space property,
     * Java's {@link Character#isWhitespace} and {@link Character#isSpaceChar}, and the
     * zero-width ones that look like nothing.
     */
    static List<Integer> everySpace() {
        List<Integer> spaces = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (WHITE_SPACE.matcher(Character.toString(cp)).matches() || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E) {
                spaces.add(cp);
            }
        }
        return spaces;
    }

    @Test
    void theListOfSpacesHoldsTheNoBreakAndZeroWidthOnes() {
        assertThat(everySpace()).contains(0x20, 0x09, 0x85, 0xA0, 0x1680, 0x2007, 0x202F, 0x205F, 0x3000, 0x2028,
                0x200B, 0xFEFF).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("everySpace")
    void everySpaceAroundAnAddressIsRemoved(int space) {
        String s = Character.toString(space);

        assertThat(EmailAddress.isSpace(space)).isTrue();
        assertThat(EmailAddress.canonical(s + "support@acme.example" + s + s)).isEqualTo("support@acme.example");
        assertThat(EmailAddress.same(s + "support@acme.example", "support@acme.example" + s)).isTrue();
        assertThat(VALIDATION.email("support@acme.example" + s)).as("accepted, trimmed").isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("everySpace")
    void everySpaceInsideAnAddressIsRefusedWithItsOwnMessage(int space) {
        String s = Character.toString(space);

        assertThat(VALIDATION.email("support" + s + "desk@acme.example")).contains("error.email.space");
        assertThat(VALIDATION.email("support@acme" + s + ".example")).contains("error.email.space");
        // Kept for the message to be about; NFC turns U+2000 and U+2001 into U+2002 and U+2003.
        assertThat(EmailAddress.canonical("support" + s + "desk@acme.example")).as("kept for the message")
                .isEqualTo(Normalizer.normalize("support" + s + "desk@acme.example", Normalizer.Form.NFC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u2007", "\u202F"})
    void theIssuesNoBreakSpacesAfterAnAddressAreNotStored(String space) {
        String typed = "support@acme.example" + space;

        assertThat(VALIDATION.email(typed)).isEmpty();
        assertThat(EmailAddress.canonical(typed)).isEqualTo("support@acme.example");
        assertThat(VALIDATION.normalize(new Contact(typed, "", "")).email()).isEqualTo("support@acme.example");
        assertThat(new PortalUser(1, "Support", typed, UserRole.EDITOR).email()).isEqualTo("support@acme.example");
    }

    /** Domains in Unicode and in their ACE form (RFC 3492), from several scripts. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "ada@bücher.example, ada@xn--bcher-kva.example",
            "ada@münchen.example, ada@xn--mnchen-3ya.example",
            "ada@例子.中国, ada@xn--fsqu00a.xn--fiqs8s",
            "ada@пример.рф, ada@xn--e1afmkfd.xn--p1ai",
            "ada@مثال.مصر, ada@xn--mgbh0fb.xn--wgbh1c",
            "ada@דוגמה.ישראל, ada@xn--6dbbec0c.xn--4dbrk0ce",
            "ada@ελληνικά.example, ada@xn--hxargifdar.example",
            "ada@bücher.рф, ada@XN--BCHER-KVA.XN--P1AI",
            "ada@sub.bücher.example, ada@sub.xn--bcher-kva.example"})
    void bothFormsOfADomainAreOneAddress(String unicode, String ace) {
        assertThat(EmailAddress.canonical(ace)).isEqualToIgnoringCase(unicode);
        assertThat(EmailAddress.same(unicode, ace)).isTrue();
        assertThat(EmailAddress.key(ace)).isEqualTo(EmailAddress.key(unicode));
        assertThat(VALIDATION.email(ace)).isEmpty();
        assertThat(VALIDATION.email(unicode)).isEmpty();
    }

    @Test
    void theLocalPartIsNeverDecoded() {
        assertThat(EmailAddress.canonical("xn--bcher-kva@example.com")).isEqualTo("xn--bcher-kva@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@xn--zz.example", "ada@xn--.example", "ada@xn--strae-oqa.example"})
    void aLabelThatDoesNotDecodeIsKeptAsTyped(String typed) {
        assertThat(EmailAddress.canonical(typed)).isEqualTo(typed);
    }

    /** Letters with accents, precomposed and decomposed (NFC and NFD). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"josé", "müller", "ñandú", "åsa", "çelik", "ệ", "ǖ", "한국", "Ångström", "ṩ", "dž"})
    void composedAndDecomposedLettersAreOneAddress(String local) {
        String composed = Normalizer.normalize(local, Normalizer.Form.NFC) + "@acme.example";
        String decomposed = Normalizer.normalize(local, Normalizer.Form.NFD) + "@acme.example";
        assertThat(decomposed).isNotEqualTo(composed);

        assertThat(EmailAddress.canonical(decomposed)).isEqualTo(composed);
        assertThat(EmailAddress.same(composed, decomposed)).isTrue();
        assertThat(VALIDATION.email(decomposed)).isEmpty();
    }

    @Test
    void theIssuesJoseIsOneAddressInBothForms() {
        String precomposed = "jos\u00E9@acme.example";
        String combining = "jose\u0301@acme.example";

        assertThat(EmailAddress.canonical(combining)).isEqualTo(precomposed);
        assertThat(EmailAddress.key(combining)).isEqualTo(EmailAddress.key(precomposed));
    }

    @Test
    void theAngstromSignBecomesTheLetter() {
        assertThat(EmailAddress.canonical("\u212Bsa@acme.example")).isEqualTo("\u00C5sa@acme.example");
    }

    @ParameterizedTest
    @CsvSource({"Ada@Acme.Example, ada@acme.example", "JOSÉ@ACME.EXAMPLE, josé@acme.example",
            "ADA@BÜCHER.EXAMPLE, ada@xn--bcher-kva.example", "İsa@acme.example, i̇sa@acme.example"})
    void caseIsIgnoredButKept(String a, String b) {
        assertThat(EmailAddress.same(a, b)).isTrue();
        assertThat(EmailAddress.canonical(a)).as("the case typed is kept").isEqualTo(Normalizer.normalize(a, Normalizer.Form.NFC));
        assertThat(EmailAddress.key(a)).isEqualTo(Normalizer.normalize(EmailAddress.key(a), Normalizer.Form.NFC));
    }

    @Test
    void differentAddressesStayDifferent() {
        assertThat(EmailAddress.same("ada@acme.example", "ada@acme.example.org")).isFalse();
        assertThat(EmailAddress.same("ada@bücher.example", "ada@bucher.example")).isFalse();
        assertThat(EmailAddress.same("josé@acme.example", "jose@acme.example")).isFalse();
    }

    @Test
    void blankAndNullAreEmpty() {
        assertThat(EmailAddress.canonical(null)).isEmpty();
        assertThat(EmailAddress.canonical("\u00A0\u200B ")).isEmpty();
        assertThat(EmailAddress.key(null)).isEmpty();
        assertThat(VALIDATION.email("\u00A0\u2007")).contains("error.email.required");
    }

    static IntStream directionControls() {
        return IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("directionControls")
    void directionControlsAreRefusedAnywhereInAnAddress(int control) {
        String c = Character.toString(control);

        assertThat(EmailAddress.isBidiControl(control)).isTrue();
        assertThat(VALIDATION.email("ada" + c + "@acme.example")).contains("error.text.direction");
        assertThat(VALIDATION.email(c + "ada@acme.example")).contains("error.text.direction");
        assertThat(VALIDATION.email("ada@acme.example" + c)).contains("error.text.direction");
    }

    @Test
    void noOtherCharacterIsADirectionControl() {
        assertThat(IntStream.rangeClosed(0, 0xFFFF).filter(EmailAddress::isBidiControl).count()).isEqualTo(9);
    }
}
