package dev.partnercontacts.ui.home;

import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.WeeklyCoverage;
import dev.partnercontacts.ui.common.AccountSession;
import dev.partnercontacts.ui.common.ChangeText;
import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Home: how ready each role is, the weekly support coverage and the latest changes. */
public final class HomeView extends FxmlView {

    private static final int CHANGES_SHOWN = 5;

    private final AccountSession session;
    private final Messages messages;

    @FXML
    private Label homeAccount;
    @FXML
    private Label homeSettings;
    @FXML
    private VBox homeRoles;
    @FXML
    private Label homeCoverage;
    @FXML
    private VBox homeChanges;

    public HomeView(AccountSession session, Messages messages) {
        super(messages);
        this.session = session;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        session.gateResult().addListener((o, a, b) -> refresh());
        session.recentChanges().addListener((ListChangeListener<HistoryEntry>) c -> refresh());
        session.accountProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        ContactDetails d = session.storedProperty().get();
        GateResult result = session.gateResult().get();
        homeAccount.setText(d.settings().name().isBlank() ? messages.get("home.noName") : d.settings().name());
        homeSettings.setText(messages.get("home.settings", messages.get(d.settings().integration().labelKey()),
                messages.get(d.settings().environment().labelKey()),
                d.settings().partnerId().isBlank() ? "—" : d.settings().partnerId()));
        homeRoles.getChildren().clear();
        for (Role role : Role.values()) {
            String title = messages.get("role." + role.key() + ".title");
            String state;
            String style;
            if (!result.requiredRoles().contains(role)) {
                state = messages.get("home.role.notApplicable");
                style = "role-na";
            } else if (result.isComplete(role)) {
                state = messages.get("home.role.complete", count(d, role));
                style = "role-ok";
            } else {
                state = messages.get("home.role.missing");
                style = "role-missing";
            }
            Label line = new Label(messages.get("home.role.line", title, state));
            line.setId("home-" + role.key());
            line.getStyleClass().addAll("home-role", style);
            homeRoles.getChildren().add(line);
        }
        ZoneId zone = ZoneId.systemDefault();
        WeeklyCoverage coverage = WeeklyCoverage.of(d.supportHours(), zone, LocalDate.now(zone));
        homeCoverage.setText(messages.get("support.coverage.caption", coverage.openHours(), zone.getId()));
        homeChanges.getChildren().clear();
        ChangeText text = new ChangeText(messages);
        session.recentChanges().stream().limit(CHANGES_SHOWN).forEach(e -> {
            Label line = new Label(messages.get("home.change", messages.dateTime(e.at()), e.author(), text.sentence(e.change())));
            line.setWrapText(true);
            homeChanges.getChildren().add(line);
        });
        if (homeChanges.getChildren().isEmpty()) {
            homeChanges.getChildren().add(new Label(messages.get("home.noChanges")));
        }
    }

    private static int count(ContactDetails d, Role role) {
        return switch (role.kind()) {
            case PORTAL_USERS -> d.alertUserIds().size();
            case CONTACTS -> d.contacts(role).size();
            case SUPPORT_HOURS -> d.supportHours().allWeek() ? 1 : d.supportHours().windows().size();
        };
    }
}
