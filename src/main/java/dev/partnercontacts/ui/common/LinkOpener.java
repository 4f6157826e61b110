package dev.partnercontacts.ui.common;

import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.TaskExecutor;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a link (a web page, a {@code mailto:} address) in the desktop's handler, off the FX
 * thread, and says when nothing opened it — JavaFX's {@code HostServices.showDocument} gives no
 * answer and only writes a line on standard error (issue 15: Contact support did nothing).
 *
 * <p>On Linux and other Unix desktops the link goes to a command, {@code xdg-open} by default
 * (freedesktop.org's xdg-utils: exit status 0 when a handler took it); the system property
 * {@value #COMMAND_PROPERTY} names another. Elsewhere {@link java.awt.Desktop} opens it, and fails
 * when the action is unsupported or no program is registered. The command's output is discarded:
 * a link may hold the account's name, and no log line may.
 */
public final class LinkOpener {

    /** The system property naming the command that opens links on Unix desktops. */
    public static final String COMMAND_PROPERTY = "partnercontacts.openCommand";

    /** How long the command may take to hand the link over; longer counts as opened (it is running). */
    private static final long WAIT_SECONDS = 10;

    private final TaskExecutor background;
    private final String command;

    /**
     * @param background where the command runs and is waited for
     * @param command    the command on Unix desktops, or empty to use {@link java.awt.Desktop}
     */
    public LinkOpener(TaskExecutor background, String command) {
        this.background = background;
        this.command = command;
    }

    /** The opener for this system: the property's command, {@code xdg-open} on Unix, else the AWT desktop. */
    public static LinkOpener forThisSystem(TaskExecutor background) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean unix = !os.startsWith("windows") && !os.startsWith("mac");
        return new LinkOpener(background, System.getProperty(COMMAND_PROPERTY, unix ? "xdg-open" : ""));
    }

    /**
     * Opens the link; {@code notOpened} runs (on the FX thread) when no program took it.
     *
     * @param uri an absolute URI ({@code https:}, {@code mailto:}, {@code file:})
     */
    public void open(String uri, Runnable notOpened) {
        background.execute(BackgroundTask.of(() -> command.isBlank() ? desktop(uri) : run(uri)))
                .onSuccess(opened -> {
                    if (!opened) {
                        notOpened.run();
                    }
                })
                .onFailure(e -> notOpened.run());
    }

    private boolean run(String uri) throws InterruptedException {
        List<String> line = new ArrayList<>(List.of(command.strip().split("\\s+")));
        line.add(uri);
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return !p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) || p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean desktop(String uri) {
        if (!Desktop.isDesktopSupported()) {
            return false;
        }
        Desktop desktop = Desktop.getDesktop();
        boolean mail = uri.startsWith("mailto:");
        if (!desktop.isSupported(mail ? Desktop.Action.MAIL : Desktop.Action.BROWSE)) {
            return false;
        }
        try {
            if (mail) {
                desktop.mail(URI.create(uri));
            } else {
                desktop.browse(URI.create(uri));
            }
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
