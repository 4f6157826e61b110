package dev.partnercontacts.ui.main;

import dev.partnercontacts.ui.common.Fxml;
import dev.partnercontacts.ui.common.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The main window: four tabs, all disabled while the contact gate is locked. */
public final class MainWindowView {

    /** The pages behind the tabs. */
    public record Pages(Node home, Node configuration, Node sync, Node activity) {
    }

    private final ObservableBooleanValue locked;
    private final Pages pages;
    private final Parent root;

    @FXML
    private TabPane mainTabs;
    @FXML
    private Tab homeTab;
    @FXML
    private Tab configurationTab;
    @FXML
    private Tab syncTab;
    @FXML
    private Tab activityTab;

    public MainWindowView(ObservableBooleanValue locked, Pages pages, Messages messages) {
        this.locked = locked;
        this.pages = pages;
        this.root = Fxml.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    public TabPane tabs() {
        return mainTabs;
    }

    @FXML
    private void initialize() {
        homeTab.setContent(pages.home());
        configurationTab.setContent(pages.configuration());
        syncTab.setContent(pages.sync());
        activityTab.setContent(pages.activity());
        for (Tab tab : mainTabs.getTabs()) {
            tab.disableProperty().bind(locked);
        }
    }
}
