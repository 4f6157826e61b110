package dev.partnercontacts.ui.gate;

import dev.partnercontacts.ui.common.SummaryLine;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.ui.common.ErrorSummary;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.LinkOpener;
import dev.partnercontacts.ui.common.SupportAddressDialog;
import dev.partnercontacts.ui.common.SupportContact;
import dev.partnercontacts.ui.form.ContactEditorViewModel;
import dev.partnercontacts.ui.form.ContactFormView;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** The mandatory contact-details dialog's content: the form, the Users tab, progress, errors and Submit. */
public final class GateDialogView extends FxmlView {

    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 640;

    private final ContactEditorViewModel vm;
    private final Messages messages;
    private final ContactFormView form;
    /** The Users tab's page, built when the tab is first selected: not needed for the first frame. */
    private final Supplier<Parent> users;
    private final SupportContact support;
    private final LinkOpener opener;
    private Runnable onSubmitted = () -> { };

    @FXML
    private Label gateNotice;
    @FXML
    private BorderPane contactGate;
    @FXML
    private Hyperlink contactSupportLink;
    @FXML
    private Label gateProgress;
    @FXML
    private VBox gateErrors;
    @FXML
    private ScrollPane gateErrorsScroll;
    @FXML
    private TabPane gateTabs;
    @FXML
    private Tab contactDetailsTab;
    @FXML
    private Tab usersTab;
    @FXML
    private ScrollPane formScroll;
    @FXML
    private Label draftStatus;
    @FXML
    private Button discardChangesButton;
    @FXML
    private Button submitButton;
    @FXML
    private HBox startBox;
    @FXML
    private Button startFromServerButton;
    @FXML
    private Button startFromBundleButton;
    @FXML
    private Label startStatus;

    /**
     * What a file that holds no submitted account offers besides the form (ui-contract, "Starting
     * on an empty data file"): receiving the team's accounts from the server, or a bundle.
     *
     * @param offered    whether to offer it now
     * @param status     what the last start did or why it failed
     * @param busy       whether a start is under way
     * @param fromServer asks for the server's address and login, over the given window, and starts
     * @param fromBundle asks for a bundle, over the given window, and starts
     */
    public record StartOffer(ObservableValue<Boolean> offered, ObservableValue<String> status, ObservableValue<Boolean> busy,
                             Consumer<Window> fromServer, Consumer<Window> fromBundle) {
    }

    /**
     * @param opener opens a web page or {@code mailto:} address in the desktop's handler; when none
     *               opens, the dialog shows the address to write to
     */
    public GateDialogView(ContactEditorViewModel vm, Messages messages, ContactFormView form, Supplier<Parent> users,
                          SupportContact support, LinkOpener opener) {
        super(messages);
        this.vm = vm;
        this.messages = messages;
        this.form = form;
        this.users = users;
        this.support = support;
        this.opener = opener;
    }

    /** Focuses the first field that needs attention: the first error, else the account name. */
    public void focusStart() {
        form.focusFirstField();
        form.focusFirstError();
    }

    /** Shows a notice across the top of the window, such as "opened read-only". */
    public void showNotice(String text) {
        root();
        gateNotice.setText(text);
        gateNotice.setVisible(true);
        gateNotice.setManaged(true);
    }

    /** Offers to start from the server or a bundle while {@code offer} says so. */
    public void offerStart(StartOffer offer) {
        root();
        startBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(offer.offered().getValue()),
                offer.offered()));
        startBox.managedProperty().bind(startBox.visibleProperty());
        startStatus.textProperty().bind(Bindings.createStringBinding(() -> offer.status().getValue(), offer.status()));
        startStatus.visibleProperty().bind(startBox.visibleProperty().and(startStatus.textProperty().isNotEmpty()));
        startStatus.managedProperty().bind(startStatus.visibleProperty());
        BooleanBinding busy = Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(offer.busy().getValue()), offer.busy());
        startFromServerButton.disableProperty().bind(busy);
        startFromBundleButton.disableProperty().bind(busy);
        startFromServerButton.setOnAction(e -> offer.fromServer().accept(contactGate.getScene().getWindow()));
        startFromBundleButton.setOnAction(e -> offer.fromBundle().accept(contactGate.getScene().getWindow()));
    }

    /** The window is gone: the form lets go of what it listens to. */
    public void dispose() {
        form.dispose();
    }

    /** Called on the FX thread once a submit has been stored. */
    public void setOnSubmitted(Runnable onSubmitted) {
        this.onSubmitted = onSubmitted;
    }

    @FXML
    private void initialize() {
        formScroll.setContent(form.root());
        usersTab.setOnSelectionChanged(e -> {
            if (usersTab.isSelected() && usersTab.getContent() == null) {
                usersTab.setContent(users.get());
            }
        });
        gateProgress.textProperty().bind(vm.form().progressProperty());
        draftStatus.textProperty().bind(vm.draftStatusProperty());
        discardChangesButton.disableProperty().bind(vm.unsavedProperty().not());
        discardChangesButton.setOnAction(e -> vm.discardChanges(discardChangesButton.getScene().getWindow()));
        vm.form().summary().addListener((ListChangeListener<SummaryLine>) c -> showErrors());
        vm.submitErrorProperty().addListener((o, a, b) -> showErrors());
        showErrors();
        ErrorSummary.holdSpace(gateErrorsScroll, gateErrors, vm.form().revealedProperty());
        contactGate.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((ow, aw, window) -> sizeLimits(window));
                sizeLimits(scene.getWindow());
            }
        });
        // Escape asks to close, as the window's close button does (which asks before quitting).
        contactGate.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && contactGate.getScene() != null
                    && contactGate.getScene().getWindow() != null) {
                e.consume();
                Window w = contactGate.getScene().getWindow();
                w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        submitButton.setOnAction(e -> submit());
        contactSupportLink.setOnAction(e -> contactSupport());
    }

    private void submit() {
        // Not disabled while storing: a disabled button loses the focus, the scene gives it to
        // the first field and the scroll pane jumps to the top. A second press just waits.
        if (vm.submittingProperty().get()) {
            return;
        }
        if (!vm.submit(onSubmitted)) {
            gateTabs.getSelectionModel().select(contactDetailsTab);
            form.focusFirstError();
        }
    }

    private void showErrors() {
        ErrorSummary.show(gateErrors, form.summaryTitle(), vm.submitErrorProperty().get(), vm.form().summary(),
                messages, field -> {
            gateTabs.getSelectionModel().select(contactDetailsTab);
            form.focusField(field);
        });
    }

    /** Below this the form's rows no longer fit side by side; the window cannot be made smaller. */
    private static void sizeLimits(Window window) {
        if (window instanceof Stage stage) {
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
        }
    }

    /** Opens support; the draft is written first so nothing typed can be lost. */
    private void contactSupport() {
        ContactDetails d = vm.form().snapshot();
        String subject = messages.get("support.mail.subject", d.settings().name());
        String body = messages.get("support.mail.body", d.settings().name(), d.settings().partnerId());
        vm.flushDraft(() -> opener.open(support.uri(subject, body),
                () -> SupportAddressDialog.show(contactSupportLink.getScene().getWindow(), messages, support, subject)));
    }
}
