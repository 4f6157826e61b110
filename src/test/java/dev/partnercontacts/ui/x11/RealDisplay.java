package dev.partnercontacts.ui.x11;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real X server with a real window manager for tests that must see what a user sees: Xvfb on a
 * display number it picks itself ({@code -displayfd}, so that parallel builds never collide) and
 * Openbox managing its windows (decorations, placement, maximizing, WM_DELETE_WINDOW on close).
 * The application runs in a child JVM on the normal GTK toolkit, not the tests' Monocle; the
 * windows are read and driven with {@code xwininfo}, {@code xprop}, {@code xdotool} and
 * {@code wmctrl} (Debian: xvfb, openbox, x11-utils, xdotool, wmctrl; {@code .ci/run} installs
 * them). Register with {@code @RegisterExtension static RealDisplay x = new RealDisplay(1920, 1080);}.
 */
public final class RealDisplay implements BeforeAllCallback, AfterAllCallback {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The applications' standard error (their log), in the scratch folder, every start appended. */
    static final String APP_LOG = "app-stderr.txt";
    private static final List<String> TOOLS = List.of("Xvfb", "openbox", "xwininfo", "xprop", "xdotool", "wmctrl");

    private final int width;
    private final int height;
    private Process xvfb;
    private Process openbox;
    private String display;

    public RealDisplay(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        List<String> missing = TOOLS.stream().filter(t -> !onPath(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The real-display tests need " + missing + " on the PATH "
                    + "(Debian: apt-get install xvfb openbox x11-utils xdotool wmctrl; .ci/run installs them)");
        }
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp", "-noreset").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            throw new IllegalStateException("Xvfb did not say which display it took: " + number);
        }
        display = ":" + number.strip();
        openbox = command("openbox").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // A window manager announces itself through _NET_SUPPORTING_WM_CHECK, which wmctrl reads.
        until("Openbox to manage " + display, openbox, () -> run("wmctrl", "-m").filter(m -> m.contains("Openbox")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        for (Process p : new Process[] {openbox, xvfb}) {
            if (p != null) {
                p.destroy();
                try {
                    if (!p.waitFor(10, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The display, e.g. {@code :99}. */
    public String display() {
        return display;
    }

    /** A process builder for a command on this display. */
    ProcessBuilder command(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        return builder;
    }

    /** Runs an X tool on this display; its standard output when it ends with status 0. */
    Optional<String> run(String... command) {
        try {
            Process p = command(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Starts the application ({@code dev.partnercontacts.Launcher}) in a child JVM on this display,
     * on the tests' class path, with its standard error appended to {@code scratch/}{@link #APP_LOG}.
     */
    AppProcess startApp(Path scratch, String... args) throws IOException {
        Path tmp = Files.createDirectories(scratch.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + scratch,
                "-cp", System.getProperty("java.class.path"), "dev.partnercontacts.Launcher"));
        command.addAll(List.of(args));
        Path stderr = scratch.resolve(APP_LOG);
        Process process = command(command.toArray(String[]::new))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
        return new AppProcess(this, process, stderr);
    }

    /**
     * Asks {@code probe} until it answers, waiting on {@code process} in between (so that a
     * process that dies ends the wait at once); fails after {@link #TIMEOUT}.
     */
    static <T> T until(String what, Process process, Supplier<Optional<T>> probe) {
        return until(what, process, TIMEOUT, probe);
    }

    /** {@link #until(String, Process, Supplier)} with a time limit of its own. */
    static <T> T until(String what, Process process, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> answer = probe.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            try {
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("Waiting for " + what + ": the process ended with " + process.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
            }
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
