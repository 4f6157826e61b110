package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The robot tests' waits. The CI failure of {@code AccountsUiTest} under load (the switcher still
 * showing the removed account's neighbour) was the test reading the window from its own thread
 * while the FX thread was half-way through an update: conditions are read on the FX thread.
 */
class AppDriverTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void conditionsAreReadOnTheFxThread() throws Exception {
        List<Boolean> onFx = new ArrayList<>();

        AppDriver.waitUntil(() -> onFx.add(Platform.isFxApplicationThread()));

        assertThat(onFx).containsOnly(true);
    }
}
