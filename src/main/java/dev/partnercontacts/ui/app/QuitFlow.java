package dev.partnercontacts.ui.app;

import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.Dialogs.Choice;
import dev.partnercontacts.ui.common.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Quitting: the question asked when the gate is closed, and the exit itself, which writes
 * pending drafts first. Once quitting has begun (or the application has stopped), closing a
 * window asks nothing: the toolkit closes every window on its way out.
 */
public final class QuitFlow {

    private final Dialogs dialogs;
    private final Messages messages;
    private final Consumer<Runnable> flushThen;
    private final Runnable exit;
    private boolean quitting;

    /**
     * @param flushThen writes pending drafts, then runs what it is given
     * @param exit      ends the application
     */
    public QuitFlow(Dialogs dialogs, Messages messages, Consumer<Runnable> flushThen, Runnable exit) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.flushThen = flushThen;
        this.exit = exit;
    }

    /** The flow of a running JavaFX application. */
    public static QuitFlow ofPlatform(Dialogs dialogs, Messages messages, Consumer<Runnable> flushThen) {
        return new QuitFlow(dialogs, messages, flushThen, Platform::exit);
    }

    /** True once quitting has begun: window close requests are then let through without a question. */
    public boolean isQuitting() {
        return quitting;
    }

    /** Asks "Quit without submitting?"; quits when confirmed. */
    public void confirmQuit(Window owner) {
        if (quitting) {
            return;
        }
        Choice quit = Choice.confirm(messages.get("quit.confirm"), "confirmQuitButton");
        Choice stay = Choice.cancel(messages.get("quit.cancel"), "cancelQuitButton");
        dialogs.ask(owner, new Dialogs.Question(messages.get("quit.title"), messages.get("quit.header"),
                messages.get("quit.content"), List.of(quit, stay))).filter(quit::equals).ifPresent(c -> quit());
    }

    /** Writes pending drafts, then ends the application. */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        flushThen.accept(exit);
    }

    /** The application has stopped: nothing may ask a question any more. */
    public void stopped() {
        quitting = true;
    }
}
