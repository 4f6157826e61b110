package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.CouchDocuments;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.Dialogs.Choice;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.gate.GateDialogView;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The questions behind the gate's "start from the server" and "start from a bundle": the
 * server's address, user, team database and password (field ids {@code startServerUrl},
 * {@code startServerUser}, {@code startServerDatabase}, {@code startServerPassword}, button
 * {@code startReceiveButton}); or a bundle file, shown as what it would add before it is applied.
 */
public final class StartDialogs {

    private final StartViewModel vm;
    private final BundleViewModel bundles;
    private final Dialogs dialogs;
    private final SyncView.FileChooser files;
    private final Messages messages;
    private final String stylesheet;

    public StartDialogs(StartViewModel vm, BundleViewModel bundles, Dialogs dialogs, SyncView.FileChooser files,
                        Messages messages, String stylesheet) {
        this.vm = vm;
        this.bundles = bundles;
        this.dialogs = dialogs;
        this.files = files;
        this.messages = messages;
        this.stylesheet = stylesheet;
    }

    /** What the gate offers, with the Sync tab's server, user and database filled in: read anew at each gate. */
    public GateDialogView.StartOffer offer(SyncViewModel sync) {
        vm.refresh();
        return new GateDialogView.StartOffer(vm.offeredProperty(), vm.statusProperty(), vm.busyProperty(),
                owner -> fromServer(owner, sync.serverProperty().get(), sync.userProperty().get(), sync.databaseProperty().get()),
                this::fromBundle);
    }

    /** Asks for the server and login, then receives the team's accounts. */
    public void fromServer(Window owner, String server, String user, String database) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("start.server.title"));
        dialog.setHeaderText(messages.get("start.server.header"));
        TextField url = field("startServerUrl", server);
        url.setPromptText(messages.get("sync.server.prompt"));
        TextField name = field("startServerUser", user);
        TextField db = field("startServerDatabase", database.isBlank() ? CouchDocuments.DEFAULT_DATABASE : database);
        PasswordField password = new PasswordField();
        password.setId("startServerPassword");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("sync.server", url), url);
        grid.addRow(1, label("sync.user", name), name);
        grid.addRow(2, label("sync.database", db), db);
        grid.addRow(3, label("sync.password", password), password);
        url.setPrefColumnCount(32);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        ButtonType receive = new ButtonType(messages.get("start.server.receive"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("bundle.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(receive, cancel);
        dialog.getDialogPane().lookupButton(receive).setId("startReceiveButton");
        dialog.setOnShown(e -> url.requestFocus());
        dialog.showAndWait().filter(receive::equals)
                .ifPresent(b -> vm.fromServer(url.getText(), name.getText(), db.getText(), password.getText()));
    }

    /** Asks for a bundle, shows what it would add, and imports it when the person agrees. */
    public void fromBundle(Window owner) {
        files.apply(owner, false).ifPresent(file -> bundles.preview(file, preview -> {
            String lines = String.join("\n", preview.lines());
            if (preview.refused()) {
                dialogs.ask(owner, new Dialogs.Question(messages.get("bundle.import.title"),
                        messages.get("bundle.import.refused", file.getFileName()), lines,
                        List.of(Choice.cancel(messages.get("bundle.close"), "closeImportButton"))));
                return;
            }
            Choice apply = Choice.confirm(messages.get("bundle.import.apply"), "applyImportButton");
            Choice cancel = Choice.cancel(messages.get("bundle.cancel"), "cancelImportButton");
            Optional<Choice> answer = dialogs.ask(owner, new Dialogs.Question(messages.get("bundle.import.title"),
                    messages.get("bundle.import.header", file.getFileName()), lines, List.of(apply, cancel)));
            answer.filter(apply::equals).ifPresent(c -> vm.fromBundle(preview.plan()));
        }));
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text == null ? "" : text);
        f.setId(id);
        return f;
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        return l;
    }
}
