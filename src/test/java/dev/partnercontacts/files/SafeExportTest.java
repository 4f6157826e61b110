package dev.partnercontacts.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, section 6: an export (the bundle and the Activity CSV both write through
 * {@link SafeExport}) falls back to a plain replacing move where the file system has no atomic
 * one, and a move that fails leaves the user's file as it was.
 */
class SafeExportTest {

    @TempDir
    Path dir;

    /** A file system like a network share: every atomic move refused, as {@link Files#move} says so there. */
    private final List<String> moves = new ArrayList<>();

    private SafeExport withoutAtomicMoves() {
        return new SafeExport(dir.resolve("data.db"), (from, to, options) -> {
            moves.add(Arrays.toString(options));
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not on this file system");
            }
            Files.move(from, to, options);
        });
    }

    private List<String> leftBeside() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void withoutAnAtomicMoveTheFileIsReplacedWholeByAPlainMove() throws Exception {
        Path target = Files.writeString(dir.resolve("activity.csv"), "old", StandardCharsets.UTF_8);

        withoutAtomicMoves().write(target, out -> out.write("when,who\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("when,who\n");
        assertThat(moves).containsExactly("[ATOMIC_MOVE, REPLACE_EXISTING]", "[REPLACE_EXISTING]");
        assertThat(leftBeside()).isEmpty();
    }

    @Test
    void withoutAnAtomicMoveANewFileIsWritten() throws Exception {
        Path target = dir.resolve("acme.json");

        withoutAtomicMoves().write(target, out -> out.write('{'));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("{");
        assertThat(leftBeside()).isEmpty();
    }

    @Test
    void aMoveThatFailsKeepsTheFileAndNamesItNotTheTemporaryOne() throws Exception {
        Path target = Files.writeString(dir.resolve("activity.csv"), "keep", StandardCharsets.UTF_8);
        SafeExport broken = new SafeExport(dir.resolve("data.db"), (from, to, options) -> {
            throw new java.nio.file.FileSystemException(from.toString(), to.toString(), "device busy");
        });

        assertThatThrownBy(() -> broken.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ExportFailure.class, f -> {
                    assertThat(f.file()).isEqualTo(target);
                    assertThat(f.detail()).isEqualTo("device busy");
                    assertThat(f.getMessage()).doesNotContain(".part");
                });
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("keep");
        assertThat(leftBeside()).isEmpty();
    }
}
