package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aChoiceIsKeptAsASettingAndReadBack() {
        for (Theme t : Theme.values()) {
            assertThat(Theme.fromSetting(t.settingValue())).isSameAs(t);
        }
        assertThat(Theme.fromSetting(null)).isSameAs(Theme.SYSTEM);
        assertThat(Theme.fromSetting("purple")).isSameAs(Theme.SYSTEM);
    }

    @Test
    void followingTheSystemReadsTheDesktopsThemeAndDefaultsToLight() {
        assertThat(Theme.SYSTEM.isDark(Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(Theme.SYSTEM.isDark(Map.of("GTK_THEME", "Adwaita"))).isFalse();
        assertThat(Theme.SYSTEM.isDark(Map.of())).isFalse();
        assertThat(Theme.SYSTEM.isDark(Map.of("PARTNER_CONTACTS_THEME", "dark", "GTK_THEME", "Adwaita"))).isTrue();
        assertThat(Theme.LIGHT.isDark(Map.of("GTK_THEME", "Adwaita:dark"))).isFalse();
        assertThat(Theme.DARK.isDark(Map.of())).isTrue();
    }
}
