package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key exists in English and Italian, every key is used, and every pattern parses. */
class LocalizationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main");
    private static final Pattern QUOTED = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/dev/partnercontacts/ui/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndItalianHaveTheSameKeys() throws IOException {
        Set<String> en = load("messages.properties").stringPropertyNames();
        Set<String> it = load("messages_it.properties").stringPropertyNames();
        assertThat(new TreeSet<>(it)).as("keys missing in Italian or English").isEqualTo(new TreeSet<>(en));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = usedKeys();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        missing.removeIf(k -> !looksLikeMessageKey(k, keys));
        assertThat(missing).as("keys used but not in the bundle").isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
        unused.removeAll(usedKeys());
        unused.removeAll(dynamicKeys());
        assertThat(unused).as("keys in the bundle that nothing uses").isEmpty();
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_it.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*")) {
                    MessageFormat format = new MessageFormat(value, Locale.ENGLISH);
                    // Plurals and numbers take numbers (one and several), every other argument a text.
                    for (int n : new int[] {1, 2}) {
                        Object[] args = new Object[Math.max(4, format.getFormatsByArgumentIndex().length)];
                        for (int i = 0; i < args.length; i++) {
                            Format f = i < format.getFormatsByArgumentIndex().length ? format.getFormatsByArgumentIndex()[i] : null;
                            args[i] = f instanceof NumberFormat ? (Object) n : "A";
                        }
                        assertThat(format.format(args)).as(file + " " + key).doesNotContain("{0");
                    }
                    assertThat(value.replace("''", "")).as(file + " " + key + ": write apostrophes as ''")
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void aPluralInEnglishIsAPluralInItalian() throws IOException {
        Properties en = load("messages.properties");
        Properties it = load("messages_it.properties");
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).contains(",choice,")) {
                assertThat(it.getProperty(key)).as("messages_it.properties " + key).contains(",choice,");
            }
        }
    }

    /** The first segment must be one the bundle uses, so Java strings like "os.name" are not keys. */
    private static boolean looksLikeMessageKey(String candidate, Set<String> keys) {
        String prefix = candidate.substring(0, candidate.indexOf('.') + 1);
        return keys.stream().anyMatch(k -> k.startsWith(prefix))
                && !candidate.startsWith("support.url") && !candidate.startsWith("support.email")
                && !candidate.startsWith("ui.locale") && !candidate.endsWith(".properties")
                // Setting names (domain.SettingKeys) that share a first segment with message keys.
                && !candidate.equals("sync.server") && !candidate.equals("sync.user");
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.toString();
                if (name.endsWith(".java")) {
                    Matcher m = QUOTED.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                } else if (name.endsWith(".fxml")) {
                    Matcher m = FXML_KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return used;
    }

    /** Keys the code builds from enums and ids rather than writing them out. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        for (Role r : Role.values()) {
            keys.add("role." + r.key() + ".title");
            keys.add("role." + r.key() + ".help");
            keys.add("role." + r.key() + ".short");
        }
        for (Integration i : Integration.values()) {
            keys.add(i.labelKey());
        }
        for (Environment e : Environment.values()) {
            keys.add(e.labelKey());
        }
        for (UserRole u : UserRole.values()) {
            keys.add(u.labelKey());
        }
        keys.add("settings.language.en");
        keys.add("settings.language.it");
        keys.add("form.entry.email.prompt");
        keys.add("form.entry.name.prompt");
        keys.add("form.entry.phone.prompt");
        return keys;
    }
}
