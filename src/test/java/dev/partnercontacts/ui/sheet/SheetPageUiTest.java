package dev.partnercontacts.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.ui.sheet.ContactSheet.Kind;
import dev.partnercontacts.ui.sheet.ContactSheet.Line;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The printed sheet fits one page: wrapped at the printable width, scaled down to its height. */
class SheetPageUiTest {

    private static final String CSS = SheetPage.class.getResource("../app.css").toExternalForm();
    /** A4's printable area at the default margins, in points. */
    private static final double WIDTH = 523;
    private static final double HEIGHT = 770;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<Line> lines(int entries) {
        List<Line> lines = new ArrayList<>(List.of(new Line(Kind.TITLE, "Acme Tours — contact details")));
        for (int i = 0; i < entries; i++) {
            lines.add(new Line(i % 5 == 0 ? Kind.HEADING : Kind.ENTRY,
                    "Backup " + i + ": A rather long name of a person <someone-" + i + "@acme.example>, +44 20 7031 3000"));
        }
        return lines;
    }

    @Test
    void anOrdinarySheetIsPrintedAtItsSize() throws Exception {
        Node page = WaitForAsyncUtils.asyncFx(() -> new SheetPage(CSS).layOut(lines(20), WIDTH, HEIGHT)).get();

        assertThat(page.getTransforms()).isEmpty();
        assertThat(((Region) page).getWidth()).isLessThanOrEqualTo(WIDTH);
        assertThat(page.getBoundsInParent().getHeight()).isLessThanOrEqualTo(HEIGHT);
    }

    @Test
    void aLongSheetIsScaledDownToOnePage() throws Exception {
        Node page = WaitForAsyncUtils.asyncFx(() -> new SheetPage(CSS).layOut(lines(120), WIDTH, HEIGHT)).get();

        assertThat(page.getTransforms()).hasSize(1);
        assertThat(((Scale) page.getTransforms().get(0)).getX()).isLessThan(1);
        assertThat(page.getBoundsInParent().getHeight()).isLessThanOrEqualTo(HEIGHT + 0.5);
        assertThat(page.getBoundsInParent().getWidth()).isLessThanOrEqualTo(WIDTH + 0.5);
    }
}
