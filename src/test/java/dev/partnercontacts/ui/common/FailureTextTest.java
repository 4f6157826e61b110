package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.StoreFailure;
import dev.partnercontacts.domain.StoreFailure.Kind;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailureTextTest {

    private static final Path FILE = Path.of("/home/ada/.local/share/partner-contacts/partner-contacts.db");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindIsExplainedInEveryLanguageNamingTheFile(Kind kind) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            Messages messages = new Messages(locale);
            String key = kind.messageKey();
            assertThat(messages.bundle().containsKey(key)).as("%s in %s", key, locale).isTrue();

            String text = FailureText.of(messages, new StoreFailure(kind, "technical detail", FILE, null));

            assertThat(text).as("%s in %s", kind, locale).contains(FILE.toString())
                    .doesNotContain("{").doesNotContain("''").isNotEqualTo(key);
            if (kind == Kind.FAILED) {
                assertThat(text).contains("technical detail");
            } else {
                assertThat(text).doesNotContain("technical detail");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"startup.failed.header", "startup.inUse.header", "startup.inUse.content",
            "startup.openReadOnly", "startup.restore", "startup.quit", "startup.restore.offer", "startup.otherFile",
            "startup.restored.header", "startup.restored.content", "app.title.readOnly"})
    void startUpTextsExistInEveryLanguage(String key) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            assertThat(new Messages(locale).bundle().containsKey(key)).as("%s in %s", key, locale).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void apostrophesAreWrittenTheWayEachMessageIsShown(String language) {
        ResourceBundle bundle = new Messages(Locale.forLanguageTag(language)).bundle();
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            if (PLACEHOLDER.matcher(pattern).find()) {
                // Formatted by MessageFormat: a single apostrophe would swallow what follows.
                assertThat(pattern.replace("''", "")).as("%s in %s", key, language).doesNotContain("'");
            } else {
                // Shown as written: a doubled apostrophe would show doubled.
                assertThat(pattern).as("%s in %s", key, language).doesNotContain("''");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void otherFailuresShowTheirOwnMessage(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));

        assertThat(FailureText.of(messages, new IllegalStateException("it broke"))).isEqualTo("it broke");
        assertThat(FailureText.of(messages, new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
