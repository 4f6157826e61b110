package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A label's {@code labelFor="$id"} is resolved when FXMLLoader reads it: naming a control that
 * comes later in the file, it is silently null. Every such label then kept its Alt key to itself
 * (Alt+S on Accounts did nothing) and named nothing for a screen reader. A control defined later
 * is named with the expression {@code labelFor="${id}"}, which follows the namespace.
 */
class FxmlLabelForTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LABEL_FOR = Pattern.compile("labelFor=\"\\$([A-Za-z0-9_]+)\"");

    @Test
    void noLabelNamesAControlDefinedAfterItByReference() throws IOException {
        List<String> forward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                String text = Files.readString(fxml);
                Matcher m = LABEL_FOR.matcher(text);
                while (m.find()) {
                    int defined = text.indexOf("fx:id=\"" + m.group(1) + "\"");
                    if (defined < 0 || defined > m.start()) {
                        forward.add(RESOURCES.relativize(fxml) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(forward).isEmpty();
    }
}
