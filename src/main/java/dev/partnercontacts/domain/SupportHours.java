package dev.partnercontacts.domain;

import java.util.List;

/**
 * When user support is open: either around the clock ({@code allWeek}, the "24/7" shortcut) or
 * the union of the windows. Windows are kept while 24/7 is ticked so unticking restores them.
 */
public record SupportHours(boolean allWeek, List<SupportWindow> windows) {

    public static final SupportHours NONE = new SupportHours(false, List.of());

    public SupportHours {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }
}
