package dev.partnercontacts.ui.x11;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application running in a child JVM on a {@link RealDisplay}, and its top-level windows as
 * the X server and the window manager see them.
 */
final class AppProcess implements AutoCloseable {

    /** A window's inside (without the window manager's frame) in screen pixels. */
    record Geometry(int x, int y, int width, int height) {
        @Override
        public String toString() {
            return width + "×" + height + " at " + x + "," + y;
        }
    }

    private static final Pattern ABSOLUTE_X = Pattern.compile("Absolute upper-left X:\\s+(-?\\d+)");
    private static final Pattern ABSOLUTE_Y = Pattern.compile("Absolute upper-left Y:\\s+(-?\\d+)");
    private static final Pattern WIDTH = Pattern.compile("\\bWidth:\\s+(\\d+)");
    private static final Pattern HEIGHT = Pattern.compile("\\bHeight:\\s+(\\d+)");

    /** How long a window must stay put to count as placed. */
    static final java.time.Duration STEADY = java.time.Duration.ofSeconds(2);

    private final RealDisplay display;
    private final Process process;
    private final Path stderr;

    AppProcess(RealDisplay display, Process process, Path stderr) {
        this.display = display;
        this.process = process;
        this.stderr = stderr;
    }

    /** The id of the application's visible window whose title matches {@code title} (a regular expression). */
    String window(String title) {
        return RealDisplay.until("a window titled /" + title + "/", process, () ->
                display.run("xdotool", "search", "--onlyvisible", "--pid", String.valueOf(process.pid()), "--name", title)
                        .flatMap(ids -> ids.lines().filter(l -> !l.isBlank()).findFirst()));
    }

    /** Where the window's inside is now. */
    Optional<Geometry> geometry(String window) {
        return display.run("xwininfo", "-id", window).map(info -> new Geometry(
                number(ABSOLUTE_X, info), number(ABSOLUTE_Y, info), number(WIDTH, info), number(HEIGHT, info)));
    }

    /**
     * Waits until the window's inside is {@code width × height} and stays so for {@link #STEADY};
     * returns where it is.
     */
    Geometry awaitSize(String window, int width, int height) {
        return awaitSteady(window, width + "×" + height, g -> g.width() == width && g.height() == height);
    }

    /** Waits until the window is at {@code expected} and stays there for {@link #STEADY}. */
    Geometry awaitGeometry(String window, Geometry expected) {
        return awaitSteady(window, expected.toString(), expected::equals);
    }

    /**
     * Waits until the window has not moved for {@link #STEADY}, as a user waits for a window to
     * appear before touching it: the toolkit and the window manager settle a new window's frame
     * in several steps.
     */
    Geometry awaitSteady(String window) {
        return awaitSteady(window, "steady", g -> true);
    }

    private Geometry awaitSteady(String window, String what, java.util.function.Predicate<Geometry> wanted) {
        Geometry[] last = new Geometry[1];
        long[] since = new long[1];
        try {
            return RealDisplay.until("the window to be " + what + " for " + STEADY.toMillis() + " ms", process,
                    STEADY.multipliedBy(10), () -> geometry(window).filter(g -> {
                        long now = System.nanoTime();
                        if (!g.equals(last[0])) {
                            last[0] = g;
                            since[0] = now;
                        }
                        return wanted.test(g) && now - since[0] >= STEADY.toNanos();
                    }));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it is " + last[0] + "\n" + stderrTail(), e);
        }
    }

    /** True when the window manager shows the window maximized both ways. */
    boolean maximized(String window) {
        return display.run("xprop", "-id", window, "_NET_WM_STATE")
                .map(s -> s.contains("_NET_WM_STATE_MAXIMIZED_VERT") && s.contains("_NET_WM_STATE_MAXIMIZED_HORZ"))
                .orElse(false);
    }

    /** Waits until the window manager shows the window maximized. */
    void awaitMaximized(String window) {
        RealDisplay.until("the window to be maximized", process, () -> Optional.of(maximized(window)).filter(m -> m));
    }

    /** Asks the window manager to put the window's frame at x, y with an inside of width × height. */
    void moveResize(String window, int x, int y, int width, int height) {
        wmctrl(window, "-e", "0," + x + "," + y + "," + width + "," + height);
    }

    /** Asks the window manager to maximize the window, or to stop maximizing it. */
    void maximize(String window, boolean on) {
        wmctrl(window, "-b", (on ? "add" : "remove") + ",maximized_vert,maximized_horz");
    }

    /** Closes the window as its close button does (the window manager sends WM_DELETE_WINDOW). */
    void close(String window) {
        wmctrl(window, "-c");
    }

    /** Waits for the application to end by itself; fails when it does not, or not with status 0. */
    void awaitExit() throws InterruptedException {
        if (!process.waitFor(RealDisplay.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The application did not end\n" + stderrTail());
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("The application ended with " + process.exitValue() + "\n" + stderrTail());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    String stderrTail() {
        try {
            List<String> lines = Files.readAllLines(stderr);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no standard error: " + e + ")";
        }
    }

    /** {@code wmctrl -i -r <id> <action>}, or {@code wmctrl -i -c <id>} to close. */
    private void wmctrl(String window, String... action) {
        List<String> command = new java.util.ArrayList<>(List.of("wmctrl", "-i"));
        if (action[0].equals("-c")) {
            command.addAll(List.of("-c", window));
        } else {
            command.addAll(List.of("-r", window));
            command.addAll(List.of(action));
        }
        if (display.run(command.toArray(String[]::new)).isEmpty()) {
            throw new AssertionError("failed: " + String.join(" ", command));
        }
    }

    private static int number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("xwininfo said no " + pattern + ": " + text);
        }
        return Integer.parseInt(m.group(1));
    }
}
