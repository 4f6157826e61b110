package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.Dialogs.Choice;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Sync: the server and login, accounts to add from it, conflicts to resolve, export and import. */
public final class SyncView extends FxmlView {

    /** Asks for a file: to save to (true) or to open (false). */
    public interface FileChooser extends BiFunction<Window, Boolean, Optional<Path>> {
    }

    private final SyncViewModel vm;
    private final BundleViewModel bundles;
    private final Workspace session;
    private final Path dataFile;
    private final Dialogs dialogs;
    private final FileChooser files;
    private final Messages messages;
    private ConflictPane conflictPane;

    @FXML
    private TextField serverUrl;
    @FXML
    private TextField serverUser;
    @FXML
    private TextField serverDatabase;
    @FXML
    private Label serverWarning;
    @FXML
    private PasswordField serverPassword;
    @FXML
    private CheckBox rememberPassword;
    @FXML
    private Label serverError;
    @FXML
    private Button syncNowButton;
    @FXML
    private Label syncStatus;
    @FXML
    private ListView<Conflict> conflictsList;
    @FXML
    private VBox conflictBox;
    @FXML
    private Button keepLocalButton;
    @FXML
    private Button keepRemoteButton;
    @FXML
    private Button keepChosenButton;
    @FXML
    private Button exportButton;
    @FXML
    private Button importButton;
    @FXML
    private Label bundleStatus;
    @FXML
    private Label syncDataFile;
    @FXML
    private Label syncLastSubmit;

    public SyncView(SyncViewModel vm, BundleViewModel bundles, Workspace session, Path dataFile, Dialogs dialogs,
                    FileChooser files, Messages messages) {
        super(messages);
        this.vm = vm;
        this.bundles = bundles;
        this.session = session;
        this.dataFile = dataFile;
        this.dialogs = dialogs;
        this.files = files;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        serverUrl.textProperty().bindBidirectional(vm.serverProperty());
        serverUser.textProperty().bindBidirectional(vm.userProperty());
        serverDatabase.textProperty().bindBidirectional(vm.databaseProperty());
        serverWarning.textProperty().bind(vm.serverWarningProperty());
        serverWarning.visibleProperty().bind(vm.serverWarningProperty().isNotEmpty());
        serverWarning.managedProperty().bind(serverWarning.visibleProperty());
        serverPassword.textProperty().bindBidirectional(vm.passwordProperty());
        rememberPassword.selectedProperty().bindBidirectional(vm.rememberProperty());
        serverError.textProperty().bind(vm.serverErrorProperty());
        serverError.visibleProperty().bind(vm.serverErrorProperty().isNotEmpty());
        syncStatus.textProperty().bind(vm.statusProperty());
        syncNowButton.disableProperty().bind(vm.busyProperty());
        syncNowButton.setOnAction(e -> vm.syncNow());
        serverPassword.setOnAction(e -> vm.syncNow());

        conflictPane = new ConflictPane(messages);
        conflictBox.getChildren().add(1, conflictPane.node());
        conflictsList.setItems(vm.conflicts());
        conflictsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.get("sync.conflict.item", c.fields().size(), accountName(c)));
            }
        });
        // The view is built again only when another conflict is selected or this one changed:
        // a background sync that finds it unchanged keeps the item, and so the choices made in it.
        conflictsList.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c == null || !c.equals(a)) {
                conflictPane.show(c);
            }
        });
        conflictBox.visibleProperty().bind(conflictsList.getSelectionModel().selectedItemProperty().isNotNull());
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        for (Button keep : List.of(keepLocalButton, keepRemoteButton, keepChosenButton)) {
            keep.disableProperty().bind(vm.busyProperty());
        }
        keepLocalButton.setOnAction(e -> resolve(Side.LOCAL));
        keepRemoteButton.setOnAction(e -> resolve(Side.REMOTE));
        keepChosenButton.setOnAction(e -> resolve(null));

        exportButton.setOnAction(e -> export());
        importButton.setOnAction(e -> importBundle());
        bundleStatus.textProperty().bind(bundles.statusProperty());
        syncDataFile.setText(dataFile.toString());
        syncLastSubmit.textProperty().bind(Bindings.createStringBinding(() -> lastSubmit(session.submittedAtProperty().get()),
                session.submittedAtProperty()));
    }

    private enum Side { LOCAL, REMOTE }

    private void resolve(Side all) {
        Conflict c = conflictsList.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        var choice = conflictPane.choice();
        if (all != null) {
            choice.replaceAll((f, s) -> all == Side.LOCAL ? dev.partnercontacts.sync.ConflictMerge.Side.LOCAL
                    : dev.partnercontacts.sync.ConflictMerge.Side.REMOTE);
        }
        vm.resolve(c, choice);
    }

    private String accountName(Conflict c) {
        String name = c.name();
        return name.isBlank() ? c.key() : name;
    }

    private String lastSubmit(Instant at) {
        return at == null ? messages.get("sync.neverSubmitted") : messages.get("sync.lastSubmit", messages.dateTime(at));
    }

    private void export() {
        Window owner = exportButton.getScene().getWindow();
        Choice one = Choice.confirm(messages.get("bundle.export.current"), "exportCurrentButton");
        Choice all = Choice.of(messages.get("bundle.export.all"), "exportAllButton");
        Choice cancel = Choice.cancel(messages.get("bundle.cancel"), "cancelExportButton");
        Optional<Choice> answer = dialogs.ask(owner, new Dialogs.Question(messages.get("bundle.export.title"),
                messages.get("bundle.export.header"), messages.get("bundle.export.content"), List.of(one, all, cancel)));
        if (answer.isEmpty() || answer.get().equals(cancel)) {
            return;
        }
        boolean every = answer.get().equals(all);
        files.apply(owner, true).ifPresent(file -> bundles.export(every, file));
    }

    private void importBundle() {
        Window owner = importButton.getScene().getWindow();
        files.apply(owner, false).ifPresent(file -> bundles.preview(file, preview -> {
            String lines = String.join("\n", preview.lines());
            if (preview.refused()) {
                Choice ok = Choice.cancel(messages.get("bundle.close"), "closeImportButton");
                dialogs.ask(owner, new Dialogs.Question(messages.get("bundle.import.title"),
                        messages.get("bundle.import.refused", file.getFileName()), lines, List.of(ok)));
                return;
            }
            Choice apply = Choice.confirm(messages.get("bundle.import.apply"), "applyImportButton");
            Choice cancel = Choice.cancel(messages.get("bundle.cancel"), "cancelImportButton");
            dialogs.ask(owner, new Dialogs.Question(messages.get("bundle.import.title"),
                            messages.get("bundle.import.header", file.getFileName()), lines, List.of(apply, cancel)))
                    .filter(apply::equals).ifPresent(c -> bundles.apply(preview.plan()));
        }));
    }
}
