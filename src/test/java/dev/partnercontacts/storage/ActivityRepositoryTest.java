package dev.partnercontacts.storage;

import dev.partnercontacts.domain.ActivityEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void recentEntriesComeNewestFirstAndAreLimited() {
        try (Database db = Database.open(dir.resolve("activity.db"))) {
            long account = new AccountRepository(db, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).currentAccountId();
            Validation validation = new Validation("");
            Instant t1 = Instant.parse("2025-01-01T09:00:00Z");
            Instant t2 = Instant.parse("2025-01-02T09:00:00Z");
            Instant t3 = Instant.parse("2025-01-03T09:00:00Z");
            new UserRepository(db, new Users(validation), Clock.fixed(t1, ZoneOffset.UTC))
                    .add(account, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "setup");
            new UserRepository(db, new Users(validation), Clock.fixed(t2, ZoneOffset.UTC))
                    .add(account, "Ed", "ed@example.com", UserRole.EDITOR, "ada");
            new UserRepository(db, new Users(validation), Clock.fixed(t3, ZoneOffset.UTC))
                    .add(account, "Rita", "rita@example.com", UserRole.READ_ONLY, "ada");
            ActivityRepository activity = new ActivityRepository(db);

            assertThat(activity.recent(account, 10)).extracting(ActivityEntry::at).containsExactly(t3, t2, t1);
            assertThat(activity.recent(account, 2)).extracting(ActivityEntry::detail)
                    .containsExactly("Rita (READ_ONLY)", "Ed (EDITOR)");
            assertThat(activity.recent(account + 1, 10)).isEmpty();
        }
    }
}
