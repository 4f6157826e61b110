package dev.partnercontacts.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;

/**
 * The application's look: AtlantaFX's Primer theme, light or dark, following the system or
 * the user's choice. The theme replaces JavaFX's own user-agent stylesheet for every window;
 * {@code app.css} only adds the app's own parts, in the theme's colour variables.
 */
public enum Theme {
    SYSTEM("theme.system"),
    LIGHT("theme.light"),
    DARK("theme.dark");

    private final String labelKey;

    Theme(String labelKey) {
        this.labelKey = labelKey;
    }

    /** Bundle key of the theme's name, for a choice in Settings. */
    public String labelKey() {
        return labelKey;
    }

    /** The setting's stored value ({@code system}, {@code light}, {@code dark}). */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a stored setting names; {@link #SYSTEM} for none or an unknown value. */
    public static Theme fromSetting(String value) {
        return Arrays.stream(values()).filter(t -> t.settingValue().equals(value)).findFirst().orElse(SYSTEM);
    }

    /**
     * Installs the theme for every window, open or to come. Call on the FX thread; the
     * stylesheet is AtlantaFX's precompiled (binary) one, which loads faster than its CSS.
     */
    public void apply() {
        boolean dark = isDark(System.getenv());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Whether this choice means dark, given the environment (for {@link #SYSTEM}). */
    public boolean isDark(Map<String, String> env) {
        return switch (this) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemPrefersDark(env).orElse(false);
        };
    }

    /**
     * What the desktop says without asking another process (JavaFX 21 has no platform
     * preferences API): GTK's theme variable ({@code Adwaita:dark}), or an explicit
     * {@code PARTNER_CONTACTS_THEME=dark|light}.
     */
    static Optional<Boolean> systemPrefersDark(Map<String, String> env) {
        String explicit = env.get("PARTNER_CONTACTS_THEME");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(explicit.strip().equalsIgnoreCase("dark"));
        }
        String gtk = env.get("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            return Optional.of(gtk.toLowerCase(Locale.ROOT).contains("dark"));
        }
        return Optional.empty();
    }
}
