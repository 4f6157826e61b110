package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataLocationTest {

    private static final String HOME = "/home/ada";

    @Test
    void dbArgumentWinsOverEverything() {
        Path resolved = DataLocation.resolve("/data/mine.db", Map.of(DataLocation.ENV_VARIABLE, "/env/other.db"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/data/mine.db"));
    }

    @Test
    void relativeDbArgumentIsMadeAbsolute() {
        Path resolved = DataLocation.resolve("relative/file.db", Map.of(), "Linux", HOME);

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("relative/file.db").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankDbArgumentFallsBackToTheEnvironment(String argument) {
        Path resolved = DataLocation.resolve(argument, Map.of(DataLocation.ENV_VARIABLE, "/env/other.db"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/env/other.db"));
    }

    @Test
    void environmentVariableIsUsedWithoutArgument() {
        assertThat(DataLocation.ENV_VARIABLE).isEqualTo("PARTNER_CONTACTS_DB");
        Path resolved = DataLocation.resolve(null, Map.of("PARTNER_CONTACTS_DB", "/srv/contacts.db"), "Windows 11", HOME);

        assertThat(resolved).isEqualTo(Path.of("/srv/contacts.db"));
    }

    @Test
    void relativeEnvironmentPathIsMadeAbsolute() {
        Path resolved = DataLocation.resolve(null, Map.of("PARTNER_CONTACTS_DB", "here.db"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("here.db").toAbsolutePath());
    }

    @Test
    void blankEnvironmentVariableIsIgnored() {
        Path resolved = DataLocation.resolve(null, Map.of("PARTNER_CONTACTS_DB", " "), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of(HOME, ".local", "share", "partner-contacts", "partner-contacts.db"));
    }

    @Test
    void linuxUsesTheXdgDataFolderUnderHome() {
        Path resolved = DataLocation.resolve(null, Map.of(), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/home/ada/.local/share/partner-contacts/partner-contacts.db"));
    }

    @Test
    void linuxHonoursAnAbsoluteXdgDataHome() {
        Path resolved = DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg/data"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/xdg/data/partner-contacts/partner-contacts.db"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHome() {
        // The XDG Base Directory specification says relative paths are invalid and must be ignored.
        Path resolved = DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/home/ada/.local/share/partner-contacts/partner-contacts.db"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";
        Path resolved = DataLocation.resolve(null, Map.of("APPDATA", appData), "Windows 10", "C:\\Users\\ada");

        assertThat(resolved).isEqualTo(Path.of(appData).resolve("PartnerContacts").resolve("partner-contacts.db"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderUnderHome() {
        Path resolved = DataLocation.resolve(null, Map.of(), "Windows 11", HOME);

        assertThat(resolved).isEqualTo(Path.of(HOME, "AppData", "Roaming", "PartnerContacts", "partner-contacts.db"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path resolved = DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", "/Users/ada");

        assertThat(resolved).isEqualTo(Path.of("/Users/ada/Library/Application Support/PartnerContacts/partner-contacts.db"));
    }

    @Test
    void appDataFolderIsTheFileParent() {
        Path folder = DataLocation.appDataFolder(Map.of(), "Mac OS X", "/Users/ada");

        assertThat(DataLocation.resolve(null, Map.of(), "Mac OS X", "/Users/ada").getParent()).isEqualTo(folder);
    }
}
