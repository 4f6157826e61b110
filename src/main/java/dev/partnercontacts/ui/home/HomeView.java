package dev.partnercontacts.ui.home;

import dev.partnercontacts.domain.Role;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SearchPopup;
import dev.partnercontacts.ui.common.ZoneChoices;
import dev.partnercontacts.ui.sheet.ContactSheet;
import dev.partnercontacts.ui.sheet.SheetPage;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/** Home: the dashboard of the current account (see {@link HomeViewModel}). */
public final class HomeView extends FxmlView {

    private final HomeViewModel vm;
    private final Messages messages;
    private final Consumer<Role> editRole;
    private WeekChart chart;

    @FXML
    private Label homeAccount;
    @FXML
    private Label homeSettings;
    @FXML
    private Label homeSubmitted;
    @FXML
    private TextField accountKey;
    @FXML
    private Button copyAccountKeyButton;
    @FXML
    private Button copySheetButton;
    @FXML
    private Button printSheetButton;
    @FXML
    private Label sheetStatus;
    @FXML
    private HBox reconfirmBanner;
    @FXML
    private Label reconfirmText;
    @FXML
    private Button reconfirmButton;
    @FXML
    private FlowPane homeRoles;
    @FXML
    private VBox homeCoverage;
    @FXML
    private SearchableComboBox<String> homeZone;
    @FXML
    private Label homeZoneFailure;
    @FXML
    private Label homeCoverageCaption;
    @FXML
    private VBox homeChanges;

    /**
     * @param editRole opens the Contact information page at a role
     */
    public HomeView(HomeViewModel vm, Messages messages, Consumer<Role> editRole) {
        super(messages);
        this.vm = vm;
        this.messages = messages;
        this.editRole = editRole;
    }

    @FXML
    private void initialize() {
        homeAccount.textProperty().bind(vm.accountNameProperty());
        homeSettings.textProperty().bind(vm.accountLineProperty());
        homeSubmitted.textProperty().bind(vm.submittedProperty());
        reconfirmBanner.visibleProperty().bind(vm.reconfirmDueProperty());
        reconfirmBanner.managedProperty().bind(vm.reconfirmDueProperty());
        reconfirmText.textProperty().bind(vm.reconfirmTextProperty());
        reconfirmButton.setOnAction(e -> vm.reconfirm());
        accountKey.textProperty().bind(vm.accountKeyProperty());
        copyAccountKeyButton.setOnAction(e -> {
            copy(accountKey.getText());
            sheetStatus.setText(messages.get("home.key.copied"));
        });
        copySheetButton.setOnAction(e -> {
            copy(ContactSheet.text(vm.sheetLines()));
            sheetStatus.setText(messages.get("home.sheet.copied"));
        });
        printSheetButton.setOnAction(e -> print());

        chart = new WeekChart(messages);
        homeCoverage.getChildren().add(1, chart.node());
        new ZoneChoices(messages, Instant.now()).setUp(homeZone);
        // The picker holds IANA ids, the view model zones. Home lives as long as its workspace.
        SearchPopup.follow(homeZone, vm.viewZoneProperty().map(ZoneId::getId),
                id -> vm.viewZoneProperty().set(ZoneId.of(id)));
        homeZoneFailure.textProperty().bind(vm.zoneFailureProperty());
        homeZoneFailure.visibleProperty().bind(vm.zoneFailureProperty().isNotEmpty());
        homeZoneFailure.managedProperty().bind(homeZoneFailure.visibleProperty());
        homeCoverageCaption.textProperty().bind(vm.coverageCaptionProperty());
        vm.coverageProperty().addListener((o, a, c) -> chart.show(c));
        chart.show(vm.coverageProperty().get());

        vm.cards().addListener((ListChangeListener<HomeViewModel.RoleCard>) c -> showCards());
        showCards();
        vm.changes().addListener((ListChangeListener<String>) c -> showChanges());
        showChanges();
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void print() {
        SheetPage page = new SheetPage(HomeView.class.getResource("/dev/partnercontacts/ui/app.css").toExternalForm());
        sheetStatus.setText(switch (page.print(printSheetButton.getScene().getWindow(), vm.sheetLines())) {
            case PRINTED -> messages.get("home.sheet.printed");
            case CANCELLED -> "";
            case NO_PRINTER -> messages.get("home.sheet.noPrinter");
            case FAILED -> messages.get("home.sheet.failed");
        });
    }

    private void showCards() {
        homeRoles.getChildren().clear();
        for (HomeViewModel.RoleCard card : vm.cards()) {
            VBox box = new VBox(4);
            box.setId("home-" + card.role().key());
            box.getStyleClass().addAll("role-card", switch (card.state()) {
                case COMPLETE -> "role-ok";
                case MISSING -> "role-missing";
                case NOT_REQUIRED -> "role-na";
            });
            Label title = new Label(card.title());
            title.getStyleClass().add("role-card-title");
            title.setWrapText(true);
            Label state = new Label(card.stateText());
            state.setId("home-" + card.role().key() + "-state");
            state.getStyleClass().add("role-card-state");
            box.getChildren().addAll(title, state);
            box.getChildren().addAll(primaryLines(card));
            // Only a role that applies can be edited: the form hides or locks the others.
            if (card.state() != HomeViewModel.State.NOT_REQUIRED) {
                Hyperlink edit = new Hyperlink(messages.get("home.edit"));
                edit.setId("home-" + card.role().key() + "-edit");
                edit.setAccessibleText(messages.get("home.edit.accessible", card.title()));
                edit.setOnAction(e -> editRole.accept(card.role()));
                box.getChildren().add(edit);
            }
            homeRoles.getChildren().add(box);
        }
    }

    /**
     * The card's primary contact, a label per line: words wrap, but an e-mail address is never
     * broken mid-word — it is shortened in the middle, the whole text in a tooltip (issue 15).
     */
    private static List<Label> primaryLines(HomeViewModel.RoleCard card) {
        if (card.primary().isEmpty()) {
            return List.of();
        }
        Tooltip whole = new Tooltip(card.primary());
        return card.primary().lines().map(line -> {
            Label label = new Label(line);
            label.getStyleClass().add("role-card-primary");
            if (line.contains("@")) {
                label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            } else {
                label.setWrapText(true);
            }
            label.setTooltip(whole);
            return label;
        }).toList();
    }

    private void showChanges() {
        homeChanges.getChildren().clear();
        for (String line : vm.changes()) {
            Label label = new Label(line);
            label.setWrapText(true);
            homeChanges.getChildren().add(label);
        }
        if (vm.changes().isEmpty()) {
            homeChanges.getChildren().add(new Label(messages.get("home.noChanges")));
        }
    }
}
