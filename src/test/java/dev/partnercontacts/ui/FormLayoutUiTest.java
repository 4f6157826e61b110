package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The gate holds its shape: in English and Italian, at the smallest supported size and a large
 * one, no text is cut, with or without errors; an error appears under its field without moving
 * or resizing anything. Screenshots go to {@code target/screenshots/} for a reviewer.
 */
class FormLayoutUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("contacts.db");
    }

    static Stream<Arguments> languagesAndSizes() {
        return Stream.of(
                Arguments.of("en", 1024, 768), Arguments.of("en", 1600, 1000),
                Arguments.of("it", 1024, 768), Arguments.of("it", 1600, 1000));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("languagesAndSizes")
    void noTextIsCutWithOrWithoutErrors(String language, int width, int height) throws Exception {
        app.launch("--locale=" + language);
        resizeGate(width, height);
        String name = "gate-" + language + "-" + width + "x" + height;

        check(name + "-1-contact-details");
        app.selectGateTab("usersTab");
        assertThat(app.inGate("gateErrors").isVisible()).as("no summary before the first submit").isFalse();
        check(name + "-2-users");

        app.selectGateTab("contactDetailsTab");
        app.type("techEmergency-email-0", "ne-tours.example");
        app.type("techEmergency-phone-0", "12");
        app.click("add-techEmergency");
        app.type("techEmergency-email-1", "pager@acme.example");
        app.click("add-opsSupport");
        app.type("opsSupport-start-0", "25");
        app.click("submitButton");
        assertThat(app.errorShown("techEmergency-email-0")).isTrue();
        assertThat(app.errorShown("opsSupport-days-0")).isTrue();
        check(name + "-3-errors-top");
        app.reveal(app.inGate("techEmergency-email-1"));
        check(name + "-4-errors-contacts");
        app.reveal(app.inGate("opsSupport-start-0"));
        check(name + "-5-errors-support");

        app.selectGateTab("usersTab");
        app.click("addUserButton");
        assertThat(app.errorShown("userName")).isTrue();
        check(name + "-6-users-errors");
    }

    @Test
    void anErrorChangesNoFieldsWidthAndMovesNothing() throws Exception {
        app.launch("--locale=en");
        resizeGate(1024, 768);
        app.type("techEmergency-email-0", "ops@acme.example");
        app.click("add-techEmergency");
        app.click("add-opsSupport");
        List<String> watched = List.of("techEmergency-email-0", "techEmergency-name-0", "techEmergency-phone-0",
                "techEmergency-up-1", "techEmergency-remove-1", "techEmergency-email-1", "techNonEmergency-email-0",
                "opsSupport-0-MON", "opsSupport-start-0", "opsSupport-end-0", "opsSupport-zone-0", "opsSupport-remove-0");
        List<Bounds> before = boundsOf(watched);

        app.type("techEmergency-email-0", "ne-tours.example");
        app.type("techEmergency-phone-0", "12");
        app.type("opsSupport-end-0", "nine");

        assertThat(app.errorShown("techEmergency-email-0")).isTrue();
        assertThat(app.errorShown("techEmergency-phone-0")).isTrue();
        assertThat(app.errorShown("opsSupport-end-0")).isTrue();
        assertThat(boundsOf(watched)).as("widths and places of " + watched).isEqualTo(before);
        // Read on the FX thread: a draft saved meanwhile changes the status line between two layout passes.
        assertThat(AppDriver.onFxThread(() -> Rendering.truncated(app.gateRoot()))).isEmpty();
    }

    @Test
    void noSummaryBeforeTheFirstSubmitEvenWhenSwitchingTabs() throws Exception {
        app.launch("--locale=en");
        app.selectGateTab("usersTab");
        app.selectGateTab("contactDetailsTab");
        assertThat(app.inGate("gateErrors").isVisible()).isFalse();
        assertThat(app.errorShown("accountName")).as("the name was only passed through").isFalse();

        double formTop = app.inGate("formScroll").localToScene(0, 0).getY();
        app.click("submitButton");
        assertThat(app.inGate("gateErrors").isVisible()).isTrue();
        double afterSubmit = app.inGate("formScroll").localToScene(0, 0).getY();

        app.type("accountName", "Acme Tours");
        app.type("techEmergency-email-0", "oncall@acme.example");
        assertThat(app.inGate("formScroll").localToScene(0, 0).getY())
                .as("the summary keeps its height while problems are fixed").isEqualTo(afterSubmit);
        assertThat(afterSubmit).isGreaterThan(formTop);
    }

    @Test
    void theGateCannotBeShrunkBelowItsMinimum() throws Exception {
        app.launch("--locale=en");
        Stage stage = (Stage) app.gateRoot().getScene().getWindow();
        assertThat(stage.getMinWidth()).isGreaterThanOrEqualTo(900);
        assertThat(stage.getMinHeight()).isGreaterThanOrEqualTo(640);
    }

    private void check(String screenshot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<Rendering.Cut> cuts = WaitForAsyncUtils.asyncFx(() -> {
            Rendering.screenshot(app.gateRoot().getScene(), screenshot);
            return Rendering.truncated(app.gateRoot());
        }).get();
        assertThat(cuts).as("texts cut in " + screenshot).isEmpty();
    }

    private void resizeGate(double width, double height) {
        Stage stage = (Stage) app.gateRoot().getScene().getWindow();
        app.resize(stage, width, height);
        assertThat(stage.getWidth()).isEqualTo(width);
    }

    private List<Bounds> boundsOf(List<String> ids) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // In the form's own coordinates: typing scrolls the form, which moves nothing in it.
        Node form = app.inGate("formScroll", javafx.scene.control.ScrollPane.class).getContent();
        return WaitForAsyncUtils.asyncFx(() -> ids.stream().map(id -> {
            Node n = app.inGate(id);
            return form.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        }).toList()).get();
    }
}
