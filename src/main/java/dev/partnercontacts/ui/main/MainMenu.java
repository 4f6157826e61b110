package dev.partnercontacts.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The main window's menu bar ({@code mainMenu}, ui-contract.md "Main window"): each item does
 * what a button of the window does, through that button, so that the two never differ — Save is
 * the page's own Save button (with its "Nothing to save"), Import/Export the Sync page's, Print
 * the Home page's; Quit is the window's close request, so it asks what closing asks. Shortcuts
 * use {@code Shortcut} ({@link javafx.scene.input.KeyCombination#SHORTCUT_DOWN}): Ctrl on Linux
 * and Windows, Cmd on macOS. Save and Find are enabled only on a page with something to save or
 * search; that is worked out again whenever a menu opens or a shortcut is pressed.
 */
public final class MainMenu {

    /** The Save buttons of the pages, in the order they are looked for on the page shown. */
    static final List<String> SAVE_BUTTONS = List.of("saveContactsButton", "saveAuthorButton");
    /** The search fields of the pages (the Accounts page, Activity). */
    static final List<String> SEARCH_FIELDS = List.of("accountsSearch", "activitySearch");

    /** What the Help menu does; the rest is found in the window. */
    public record Help(Runnable contactSupport, Runnable about) {
    }

    private final MenuBar bar;
    private final MainWindowView view;
    private final AccountsViewModel accounts;

    MainMenu(MenuBar bar, MainWindowView view, AccountsViewModel accounts, Help help) {
        this.bar = bar;
        this.view = view;
        this.accounts = accounts;
        MenuItem newAccount = item("menuNewAccount");
        newAccount.disableProperty().bind(accounts.busyProperty());
        newAccount.setOnAction(e -> accounts.create());
        item("menuSave").setOnAction(e -> saveButton().ifPresent(ButtonBase::fire));
        item("menuImportBundle").setOnAction(e -> press("syncTab", "importButton"));
        item("menuExportBundle").setOnAction(e -> press("syncTab", "exportButton"));
        item("menuPrintSheet").setOnAction(e -> press("homeTab", "printSheetButton"));
        item("menuCopySheet").setOnAction(e -> press("homeTab", "copySheetButton"));
        item("menuQuit").setOnAction(e -> requestClose());
        item("menuFind").setOnAction(e -> searchField().ifPresent(field -> {
            field.requestFocus();
            field.selectAll();
        }));
        item("menuAccounts").setOnAction(e -> view.showPage("accountsTab"));
        item("menuCopyKey").setOnAction(e -> press("homeTab", "copyAccountKeyButton"));
        MenuItem remove = item("menuRemoveAccount");
        remove.disableProperty().bind(accounts.canRemoveProperty().not());
        remove.setOnAction(e -> accounts.removeCurrent(window()));
        item("menuContactSupport").setOnAction(e -> help.contactSupport().run());
        item("menuAbout").setOnAction(e -> help.about().run());
        for (Menu menu : bar.getMenus()) {
            menu.setOnShowing(e -> refresh());
        }
        // A page is built when its tab is first selected, after the selection has changed.
        for (Tab tab : view.tabs().getTabs()) {
            tab.selectedProperty().addListener(o -> refresh());
            tab.contentProperty().addListener(o -> refresh());
        }
        // Before the scene's accelerators see the key: the page may have changed since the last look.
        bar.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.isShortcutDown()) {
                        refresh();
                    }
                });
            }
        });
        refresh();
    }

    /** Enables Save and Find where the page shown has something to save or search. */
    void refresh() {
        item("menuSave").setDisable(saveButton().isEmpty());
        item("menuFind").setDisable(searchField().isEmpty());
    }

    private MenuItem item(String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no menu item " + id));
    }

    private Window window() {
        return bar.getScene().getWindow();
    }

    /** As the window manager's close box: the main window's close handler decides (QuitFlow). */
    private void requestClose() {
        Window w = window();
        Event.fireEvent(w, new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Shows a page and presses one of its buttons (a disabled button does nothing). */
    private void press(String tabId, String buttonId) {
        view.showPage(tabId);
        Optional.ofNullable(selectedContent()).map(c -> c.lookup("#" + buttonId))
                .filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast)
                .ifPresent(ButtonBase::fire);
    }

    private Optional<ButtonBase> saveButton() {
        return shown(SAVE_BUTTONS).filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast)
                .filter(b -> !b.isDisabled()).findFirst();
    }

    private Optional<TextInputControl> searchField() {
        return shown(SEARCH_FIELDS).filter(TextInputControl.class::isInstance).map(TextInputControl.class::cast)
                .filter(f -> !f.isDisabled()).findFirst();
    }

    /**
     * The nodes with these ids on the page shown: followed through the selected tab of each tab
     * pane and the content of each scroll pane, as the page is built (its skins may not be yet),
     * skipping what is hidden.
     */
    private Stream<Node> shown(List<String> ids) {
        Tab tab = view.tabs().getSelectionModel().getSelectedItem();
        Node content = selectedContent();
        if (tab == null || tab.isDisabled() || content == null) {
            return Stream.empty();
        }
        List<Node> found = new ArrayList<>();
        collect(content, ids, found);
        return ids.stream().flatMap(id -> found.stream().filter(n -> id.equals(n.getId())));
    }

    private static void collect(Node node, List<String> ids, List<Node> found) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node.getId() != null && ids.contains(node.getId())) {
            found.add(node);
        }
        switch (node) {
            case TabPane tabs -> {
                Tab selected = tabs.getSelectionModel().getSelectedItem();
                collect(selected == null ? null : selected.getContent(), ids, found);
            }
            case ScrollPane scroll -> collect(scroll.getContent(), ids, found);
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(child -> collect(child, ids, found));
            default -> {
            }
        }
    }

    private Node selectedContent() {
        TabPane tabs = view.tabs();
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : tab.getContent();
    }
}
