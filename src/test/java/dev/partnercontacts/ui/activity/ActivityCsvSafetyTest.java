package dev.partnercontacts.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.files.ExportFailure;
import dev.partnercontacts.task.Debouncer;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.SessionFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, section 6: the Activity CSV export goes the same safe way as a bundle. */
class ActivityCsvSafetyTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private ActivityViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("activity.db"));
        fx.store.addUser(fx.workspace.accountId(), "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "Ada");
        vm = new ActivityViewModel(fx.store, fx.tasks.writer(), fx.tasks.background(), fx.workspace, fx.messages, Debouncer.immediate());
        vm.reload();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Throwable exportFails(Path target) {
        Throwable[] failure = {null};
        vm.exportCsv(target, n -> { throw new AssertionError("written: " + target); }, f -> failure[0] = f);
        assertThat(failure[0]).isInstanceOf(ExportFailure.class);
        return failure[0];
    }

    @Test
    void theDataFileAndItsCompanionsAreRefusedNamingTheFile() throws Exception {
        for (String name : new String[] {"activity.db", "activity.db-wal", "activity.db-shm", "activity.db.lock"}) {
            Path target = dir.resolve(name);
            Throwable failure = exportFails(target);
            assertThat(FailureText.of(fx.messages, failure)).startsWith(target + " is the data file");
        }
        assertThat(fx.store.accounts()).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aReadOnlyFileIsKept() throws Exception {
        Path target = Files.writeString(dir.resolve("kept.csv"), "keep");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        assertThat(FailureText.of(fx.messages, exportFails(target))).isEqualTo(target
                + " is read-only, so it was not replaced. Choose another name, or make the file writable first.");
        assertThat(Files.readString(target)).isEqualTo("keep");
    }

    @Test
    void aFolderIsNamedNotATemporaryFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.csv"));

        assertThat(FailureText.of(fx.messages, exportFails(folder))).isEqualTo(folder + " is a folder. Choose a file name.");
    }
}
