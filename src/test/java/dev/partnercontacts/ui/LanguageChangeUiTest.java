package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.ui.common.Theme;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15: a change of language is complete at once — the look chosen, the time zones' names. */
class LanguageChangeUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("language.db").withCompleteAccount();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.robot().interact(Theme.LIGHT::apply);
    }

    @Test
    void afterALanguageChangeTheLookChoiceAndTheZoneNamesFollowAtOnce() throws Exception {
        app.launch("--locale=en");
        app.mainTabs();
        selectMainTab("configurationTab");
        selectConfigTab("settingsTab");
        choose("themeChoice", "Dark");
        selectConfigTab("contactInformationTab");
        CheckBox allWeek = (CheckBox) inMain("#support247");
        app.robot().interact(() -> allWeek.setSelected(false));
        app.robot().interact(() -> ((javafx.scene.control.Button) inMain("#add-opsSupport")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        app.robot().interact(() -> zonePicker().setValue("Europe/Rome"));
        assertThat(zoneLabel()).contains("Central European");
        selectMainTab("homeTab");
        app.robot().interact(() -> homeZone().setValue("Asia/Tokyo"));
        selectMainTab("configurationTab");

        javafx.stage.Stage stage = (javafx.stage.Stage) app.mainRoot().getScene().getWindow();
        app.resize(stage, 1000, 700);
        selectConfigTab("settingsTab");
        choose("languageChoice", "Italiano");
        AppDriver.waitUntil(() -> app.robot().from(app.mainRoot()).lookup("Configurazione").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getWidth()).as("the window keeps its size").isEqualTo(1000);
        assertThat(app.mainRoot().getScene().getWidth()).as("the new scene fills the window, no more").isEqualTo(1000);
        selectMainTab("configurationTab");
        selectConfigTab("settingsTab");
        @SuppressWarnings("unchecked")
        ComboBox<Theme> look = (ComboBox<Theme>) inMain("#themeChoice");
        assertThat(look.getValue()).as("the look in effect").isEqualTo(Theme.DARK);
        assertThat(AppDriver.onFxThread(() -> look.getConverter().toString(look.getValue()))).isEqualTo("Scuro");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");

        selectConfigTab("contactInformationTab");
        assertThat(zonePicker().getValue()).as("kept from before the change").isEqualTo("Europe/Rome");
        assertThat(zoneLabel()).as("the zone's name in Italian").contains("Europa centrale").doesNotContain("Central European");
        selectMainTab("homeTab");
        assertThat(homeZone().getValue()).as("Home's zone, kept from before the change").isEqualTo("Asia/Tokyo");
    }

    @SuppressWarnings("unchecked")
    private SearchableComboBox<String> homeZone() {
        return (SearchableComboBox<String>) inMain("#homeZone");
    }

    // ---- helpers ----

    private Node inMain(String query) {
        return app.robot().from(app.mainRoot()).lookup(query).query();
    }

    private void selectMainTab(String id) {
        TabPane tabs = app.mainTabs();
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        app.robot().interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectConfigTab(String id) {
        TabPane tabs = (TabPane) inMain("#configurationTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        app.robot().interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String id, String label) {
        ComboBox<?> combo = (ComboBox<?>) inMain("#" + id);
        app.robot().clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        app.robot().clickOn(app.robot().lookup(".list-cell")
                .match((ListCell<?> c) -> label.equals(c.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private SearchableComboBox<String> zonePicker() {
        return (SearchableComboBox<String>) inMain("#opsSupport-zone-0");
    }

    private String zoneLabel() throws Exception {
        SearchableComboBox<String> picker = zonePicker();
        StringConverter<String> converter = picker.getConverter();
        return AppDriver.onFxThread(() -> converter.toString(picker.getValue()));
    }
}
