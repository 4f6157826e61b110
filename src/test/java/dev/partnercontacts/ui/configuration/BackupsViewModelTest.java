package dev.partnercontacts.ui.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How Settings lists a backup. */
class BackupsViewModelTest {

    /** Seen in a real window: two backups read "Nov 30, 2026, 2:27 PM · 156 KB · 1 account" alike. */
    @Test
    void twoBackupsOfTheSameMinuteReadDifferently() {
        BackupsViewModel vm = new BackupsViewModel(null, null, null, new Messages(Locale.ENGLISH), true);
        Instant first = Instant.parse("2026-11-30T14:27:05Z");
        BackupShelf.Entry one = new BackupShelf.Entry(Path.of("a.db"), first, 156 * 1024, 1);
        BackupShelf.Entry two = new BackupShelf.Entry(Path.of("b.db"), first.plusSeconds(20), 156 * 1024, 1);

        assertThat(vm.describe(one)).isNotEqualTo(vm.describe(two)).endsWith(" · 156 KB · 1 account");
    }
}
