package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Support hours and the keyboard in the form, as issue 15 found them: a new window's zone, a
 * range typed in one field, the zone list opening at the zone, the day toggles' focus, where
 * the form scrolls when the focus moves, and the popups' frame in the dark look.
 */
class SupportHoursUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() throws Exception {
        app = apps.driver("contacts.db");
        app.launch("--locale=en");
    }

    @AfterEach
    void tearDown() throws Exception {
        app.robot().interact(Theme.LIGHT::apply);
    }

    @Test
    void aNewWindowStartsInTheZoneOfTheWindowAboveIt() throws Exception {
        app.click("add-opsSupport");
        SearchableComboBox<String> first = zone(0);
        app.robot().interact(() -> first.setValue("Asia/Tokyo"));
        app.click("add-opsSupport");
        assertThat(zone(1).getValue()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void aRangeTypedInTheStartFieldFillsStartAndEnd() throws Exception {
        app.click("add-opsSupport");
        app.click("add-opsSupport");
        app.click("add-opsSupport");
        List<String> typed = List.of("9-18", "09.00 – 17.30", "8am - 6pm");
        List<String> expected = List.of("09:00", "18:00", "09:00", "17:30", "08:00", "18:00");
        for (int i = 0; i < typed.size(); i++) {
            app.type("opsSupport-start-" + i, typed.get(i));
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            shown.add(app.text("opsSupport-start-" + i));
            shown.add(app.text("opsSupport-end-" + i));
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(app.errorShown("opsSupport-start-0")).isFalse();
    }

    @Test
    void theZoneListOpensAtTheCurrentZone() throws Exception {
        app.click("add-opsSupport");
        SearchableComboBox<String> picker = zone(0);
        app.robot().interact(() -> picker.setValue("Europe/Rome"));
        app.click("opsSupport-zone-0");
        AppDriver.waitUntil(() -> popupList().isPresent());
        ListView<?> list = popupList().orElseThrow();
        AppDriver.waitUntil(() -> "Europe/Rome".equals(list.getSelectionModel().getSelectedItem()));
        AppDriver.waitUntil(() -> list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell && "Europe/Rome".equals(cell.getItem()))
                .anyMatch(c -> c.isVisible() && inside(c, list)));
        app.robot().push(KeyCode.ESCAPE);
    }

    @Test
    void aFocusedDayToggleShowsARingInBothLooks() throws Exception {
        app.click("add-opsSupport");
        for (Theme look : List.of(Theme.LIGHT, Theme.DARK)) {
            app.robot().interact(look::apply);
            for (boolean chosen : List.of(false, true)) {
                ToggleButton tuesday = app.inGate("opsSupport-0-TUE", ToggleButton.class);
                app.robot().interact(() -> tuesday.setSelected(chosen));
                app.robot().interact(() -> app.inGate("opsSupport-start-0").requestFocus());
                WritableImage plain = snapshot(tuesday);
                app.robot().interact(tuesday::requestFocus);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(tuesday.isFocused()).isTrue();
                WritableImage focused = snapshot(tuesday);
                assertThat(differingPixels(plain, focused)).as("%s, chosen %s: pixels that change with the focus", look, chosen)
                        .isGreaterThan(20);
            }
        }
    }

    @Test
    void tabbingBackUpKeepsTheSectionTitleInViewAndAVisibleFieldDoesNotScroll() throws Exception {
        Stage stage = (Stage) app.gateRoot().getScene().getWindow();
        app.robot().interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        app.click("add-opsSupport");
        ScrollPane scroll = app.inGate("formScroll", ScrollPane.class);
        app.robot().interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = app.gateRoot().getScene();
        app.robot().targetWindow(scene.getWindow());
        app.robot().interact(() -> app.inGate("opsSupport-start-0").requestFocus());
        int checked = 0;
        for (int step = 0; step < 60 && !"accountName".equals(scene.getFocusOwner().getId()); step++) {
            double before = scroll.getVvalue();
            Node next = AppDriver.onFxThread(() -> previousFocus(scene));
            boolean visibleBefore = next != null && AppDriver.onFxThread(() -> inside(next, scroll));
            app.robot().push(KeyCode.SHIFT, KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = scene.getFocusOwner();
            String where = owner.getId() + " at step " + step;
            assertThat(AppDriver.onFxThread(() -> inside(owner, scroll))).as(where + ": the field is in view").isTrue();
            if (visibleBefore && next == owner) {
                assertThat(scroll.getVvalue()).as(where + ": was in view, nothing scrolls").isEqualTo(before);
            }
            Node section = section(owner);
            if (section != null) {
                Node title = section.lookup(".section-title");
                Bounds sb = section.getBoundsInParent();
                boolean fits = sb.getHeight() < scroll.getViewportBounds().getHeight() - 20;
                if (fits) {
                    assertThat(AppDriver.onFxThread(() -> inside(title, scroll))).as(where + ": its section's title is in view").isTrue();
                    checked++;
                }
            }
        }
        assertThat(scene.getFocusOwner().getId()).isEqualTo("accountName");
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void popupsHaveNoShadowFrameInTheDarkLook() throws Exception {
        app.robot().interact(Theme.DARK::apply);
        app.click("integration");
        AppDriver.waitUntil(() -> popupList().isPresent());
        assertThat(popupList().orElseThrow().getEffect()).as("the combo box list").isNull();
        app.robot().push(KeyCode.ESCAPE);
        TextField name = app.inGate("accountName", TextField.class);
        // Monocle sends no context-menu request on a right click: show a menu as a field's own would be.
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(new javafx.scene.control.MenuItem("Copy"));
        app.robot().interact(() -> menu.show(name, javafx.geometry.Side.BOTTOM, 0, 0));
        AppDriver.waitUntil(() -> showingPopupNode(".context-menu").isPresent());
        assertThat(showingPopupNode(".context-menu").orElseThrow().getEffect()).as("a field's context menu").isNull();
        app.robot().interact(menu::hide);
    }

    // ---- helpers ----

    @SuppressWarnings("unchecked")
    private SearchableComboBox<String> zone(int i) {
        return app.inGate("opsSupport-zone-" + i, SearchableComboBox.class);
    }

    private static java.util.Optional<ListView<?>> popupList() {
        return showingPopupNode(".list-view").map(n -> (ListView<?>) n);
    }

    private static java.util.Optional<Node> showingPopupNode(String selector) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(selector))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Whether the node lies wholly within the visible part of the scroll pane or list. */
    private static boolean inside(Node node, Node viewer) {
        Bounds n = node.localToScene(node.getBoundsInLocal());
        Bounds v = viewer instanceof ScrollPane sp
                ? sp.localToScene(sp.getBoundsInLocal()) : viewer.localToScene(viewer.getBoundsInLocal());
        return n.getMinY() >= v.getMinY() - 0.5 && n.getMaxY() <= v.getMaxY() + 0.5;
    }

    private static Node section(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("form-section")) {
                return n;
            }
        }
        return null;
    }

    /** The node Shift+Tab will focus: the focus owner's previous in the scene's traversal order. */
    private static Node previousFocus(Scene scene) {
        List<Node> order = new ArrayList<>();
        collect(scene.getRoot(), order);
        int at = order.indexOf(scene.getFocusOwner());
        return at > 0 ? order.get(at - 1) : null;
    }

    private static void collect(Node node, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            order.add(node);
        }
        if (node instanceof javafx.scene.Parent p && !(node instanceof javafx.scene.control.ComboBoxBase<?>)) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, order));
        }
    }

    private WritableImage snapshot(Node node) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return AppDriver.onFxThread(() -> node.snapshot(null, null));
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
