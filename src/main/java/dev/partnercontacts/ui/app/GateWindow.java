package dev.partnercontacts.ui.app;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.DisplayText;
import dev.partnercontacts.ui.common.Dialogs.Choice;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.task.Scheduler;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.form.ContactEditorViewModel;
import dev.partnercontacts.ui.main.AccountsViewModel;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Workspace;
import dev.partnercontacts.ui.gate.GateDialogView;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact gate's window over the main window: shown whenever the current account is
 * incomplete, built afresh for each account. Closing it goes back to the account the user came
 * from, when there is one, keeping the incomplete account's draft; with no other account it asks
 * whether to quit.
 */
public final class GateWindow {

    private static final Logger LOG = LoggerFactory.getLogger(GateWindow.class);
    /** Quit, as in the main window's menu. */
    private static final KeyCombination QUIT_KEY = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    /** How many characters of an account's name a button shows. */
    private static final int BUTTON_NAME = 24;

    /** What one opening of the gate shows: the editor of the current account and its view. */
    public record Content(ContactEditorViewModel editor, GateDialogView view) {

        /** Lets go of what the form listens to: every opening builds its own, and keeps nothing once closed. */
        void dispose() {
            view.dispose();
            editor.dispose();
        }
    }

    private final AccountCommands commands;
    private final Workspace session;
    private final Window owner;
    private final QuitFlow quit;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Supplier<Content> content;
    private final AccountsViewModel accounts;
    private final Consumer<Parent> style;
    private final Runnable onShown;
    private Stage stage;
    private WindowKeeper keeper;
    private Scheduler timers;
    private ContactEditorViewModel editor;
    /** The account the user was on before the current one, to go back to. */
    private AccountSummary previous;
    /** Where the gate was last shown; the next one opens there. */
    private Optional<WindowPlacement> placement = Optional.empty();
    private boolean disposed;

    /**
     * @param content builds the gate for the current account
     * @param style   puts a scene root into the application's look
     * @param onShown runs each time the gate has been shown
     */
    public GateWindow(AccountCommands commands, Window owner, QuitFlow quit, Dialogs dialogs, Messages messages,
                      AccountsViewModel accounts, Supplier<Content> content, Consumer<Parent> style, Runnable onShown) {
        this.commands = commands;
        this.session = commands.workspace();
        this.owner = owner;
        this.quit = quit;
        this.dialogs = dialogs;
        this.messages = messages;
        this.content = content;
        this.accounts = accounts;
        this.style = style;
        this.onShown = onShown;
        commands.beforeSwitch(() -> {
            if (editor != null) {
                editor.flushDraft(() -> { });
            }
        });
        session.locked().addListener((o, was, is) -> {
            // On a switch, the account listener below decides, once, with everything up to date.
            if (is && !session.isSwitching() && !disposed) {
                show();
            }
        });
        session.accountProperty().addListener((o, was, is) -> {
            if (was != null && is != null && was.id() != is.id() && !disposed) {
                previous = was;
                // Another account's gate, or none: this one goes without a question.
                hide();
                if (session.locked().get()) {
                    show();
                }
            }
        });
    }

    /**
     * Closes the gate without a question and stops following the session: the windows are being
     * built again (in another language), with a gate of their own.
     */
    public void dispose() {
        disposed = true;
        hide();
    }

    /**
     * Opens the gate where it was at the end of the last session.
     *
     * @param timers for the window's settling after it is shown ({@link WindowKeeper})
     */
    public void placeAt(Optional<WindowPlacement> last, Scheduler timers) {
        placement = last;
        this.timers = timers;
    }

    /** Where the gate is, or was when last shown. */
    public Optional<WindowPlacement> placement() {
        return isShowing() && keeper != null ? Optional.of(keeper.placement()) : placement;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    /** Writes the gate's pending draft, then runs {@code then}. */
    public void flushDraft(Runnable then) {
        if (editor != null) {
            editor.flushDraft(then);
        } else {
            commands.afterPendingWrites(then);
        }
    }

    /** Shows the gate for the current account, unless it is showing. */
    public void show() {
        if (isShowing() || quit.isQuitting()) {
            return;
        }
        Content c = content.get();
        editor = c.editor();
        editor.open();
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("gate.window.title"));
        Parent root = c.view().root();
        style.accept(root);
        stage.setScene(new Scene(root));
        Stage shown = stage;
        // The main window's menu is out of reach behind the (modal) gate: Ctrl+Q (Cmd+Q) asks
        // "Quit without submitting?" here, as closing the main window does while the gate shows.
        stage.getScene().getAccelerators().put(QUIT_KEY, () -> quit.confirmQuit(shown));
        WindowKeeper place = keeper = WindowKeeper.place(shown, placement, timers);
        shown.setOnHiding(e -> placement = Optional.of(place.placement()));
        shown.setOnHidden(e -> {
            place.dispose();
            c.dispose();
        });
        stage.setOnCloseRequest(e -> {
            if (quit.isQuitting()) {
                return;
            }
            e.consume();
            leave(shown);
        });
        c.view().setOnSubmitted(() -> {
            shown.close();
            LOG.info("Contact details submitted; the application is unlocked");
        });
        stage.setOnShown(e -> {
            c.view().focusStart();
            onShown.run();
        });
        stage.show();
    }

    private void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    /**
     * Closing the gate: back to another account, keeping this one's draft (or removing this
     * account), or — when there is no other account — the question whether to quit.
     */
    private void leave(Stage window) {
        Optional<AccountSummary> back = session.otherAccount(previous);
        if (back.isEmpty()) {
            quit.confirmQuit(window);
            return;
        }
        AccountSummary current = session.accountProperty().get();
        // The name as typed now: the draft on disk may be a moment behind.
        String typed = editor == null ? "" : editor.form().snapshot().settings().name().strip();
        String here = !current.name().isBlank() ? current.name()
                : !typed.isEmpty() ? typed : current.shownName().isEmpty() ? messages.get("account.unnamed") : current.shownName();
        String there = back.get().shownName().isEmpty() ? messages.get("account.unnamed") : back.get().shownName();
        // The sentence names the account in full; the button, shortened, so that it is never cut.
        Choice goBack = Choice.confirm(messages.get("gate.leave.back", DisplayText.shortened(there, BUTTON_NAME)), "goBackButton");
        Choice stay = Choice.cancel(messages.get("gate.leave.stay"), "keepEditingButton");
        Choice remove = Choice.of(messages.get("gate.leave.remove"), "removeThisAccountButton");
        Choice quitApp = Choice.of(messages.get("gate.leave.quit"), "quitAppButton");
        Optional<Choice> answer = dialogs.ask(window, new Dialogs.Question(messages.get("gate.leave.title"),
                messages.get("gate.leave.header", here), messages.get("gate.leave.content", here, there),
                List.of(goBack, remove, quitApp, stay)));
        if (answer.filter(goBack::equals).isPresent()) {
            ContactEditorViewModel shown = editor;
            commands.switchTo(back.get().id(), () -> { }, failure -> {
                LOG.error("Going back to an account failed", failure);
                shown.showProblem(messages.get("account.failed", FailureText.of(messages, failure)));
            });
        } else if (answer.filter(remove::equals).isPresent()) {
            accounts.removeCurrent(window, back.get(), () -> { });
        } else if (answer.filter(quitApp::equals).isPresent()) {
            quit.quit();
        }
    }
}
