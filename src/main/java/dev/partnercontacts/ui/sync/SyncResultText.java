package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The Sync tab's status line after a sync that ended well. A sync that sent, received or found
 * a conflict says what, with its time; one that moved nothing says all is in sync at its time
 * and still names the last change seen in this window (so the "250 received" of a start from
 * the server is not hidden by the next automatic sync). Times in the locale's short form, in
 * the system's time zone. FX thread only.
 */
final class SyncResultText {

    private final Messages messages;
    private final DateTimeFormatter time;
    /** The time and summary of the last sync that changed something, null before there was one. */
    private String lastChangeAt;
    private String lastChange;

    SyncResultText(Messages messages) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    /** The time as the status and state lines show it. */
    String time(Instant at) {
        return time.format(at);
    }

    /** The status after {@code summary}, a sync that ended at {@code at} without a failure. */
    String after(SyncSummary summary, Instant at) {
        String when = time(at);
        if (summary.pushedAccounts() == 0 && summary.pulledAccounts() == 0 && summary.conflicts().isEmpty()) {
            return lastChange == null ? messages.get("sync.doneNothingNew", when)
                    : messages.get("sync.doneNothingNewSince", when, lastChangeAt, lastChange);
        }
        lastChangeAt = when;
        lastChange = messages.get("sync.summary", summary.pushedAccounts(), summary.pulledAccounts(),
                summary.conflicts().size());
        return messages.get("sync.done", when, lastChange);
    }
}
