package dev.partnercontacts.ui.main;

import dev.partnercontacts.ui.common.FxmlView;
import dev.partnercontacts.ui.common.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import java.util.function.Supplier;

/** The main window: four tabs, all disabled while the contact gate is locked. */
public final class MainWindowView extends FxmlView {

    /** The pages behind the tabs, each built the first time its tab is selected. */
    public record Pages(Supplier<Node> home, Supplier<Node> configuration, Supplier<Node> sync,
                        Supplier<Node> activity) {
    }

    private final ObservableBooleanValue locked;
    private final Pages pages;

    @FXML
    private Label mainNotice;
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
        super(messages);
        this.locked = locked;
        this.pages = pages;
    }

    /** Shows a notice across the top of the window, such as "opened read-only". */
    public void showNotice(String text) {
        root();
        mainNotice.setText(text);
        mainNotice.setVisible(true);
        mainNotice.setManaged(true);
    }

    public TabPane tabs() {
        return mainTabs;
    }

    /** Pages are built on first view: the start-up only pays for the page it shows. */
    private static void lazily(Tab tab, Supplier<Node> page) {
        if (tab.isSelected()) {
            tab.setContent(page.get());
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    tab.setContent(page.get());
                    tab.selectedProperty().removeListener(this);
                }
            }
        });
    }

    @FXML
    private void initialize() {
        lazily(homeTab, pages.home());
        lazily(configurationTab, pages.configuration());
        lazily(syncTab, pages.sync());
        lazily(activityTab, pages.activity());
        for (Tab tab : mainTabs.getTabs()) {
            tab.disableProperty().bind(locked);
        }
    }
}
