package dev.partnercontacts.ui.sheet;

import dev.partnercontacts.ui.sheet.ContactSheet.Line;
import java.util.List;
import java.util.Locale;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

/**
 * The contact sheet printed on one page through JavaFX's {@link PrinterJob}: the lines laid out
 * at the width of the page's printable area and, when they are taller than it, scaled down to
 * fit. The printer dialog lets the user choose the printer (or a PDF file, where the system
 * offers one).
 */
public final class SheetPage {

    /** How a print ended. */
    public enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    private final String stylesheet;

    /** @param stylesheet the application's stylesheet, for the page's type sizes */
    public SheetPage(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** Asks where to print, then prints the lines on one page. Call it on the FX thread. */
    public Outcome print(Window owner, List<Line> lines) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        job.getJobSettings().setJobName(lines.isEmpty() ? "" : lines.get(0).text());
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        Node page = layOut(lines, layout.getPrintableWidth(), layout.getPrintableHeight());
        return job.printPage(layout, page) && job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }

    /**
     * The lines as a page of the given printable size in points: wrapped at its width, scaled
     * down (never up) to fit its height.
     */
    Node layOut(List<Line> lines, double width, double height) {
        VBox page = new VBox(2);
        page.getStyleClass().add("sheet-page");
        for (Line line : lines) {
            Label label = new Label(line.text());
            label.setWrapText(true);
            label.setMaxWidth(width);
            label.getStyleClass().add("sheet-" + line.kind().name().toLowerCase(Locale.ROOT));
            page.getChildren().add(label);
        }
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        // Styled and laid out in a scene of its own: a node prints as it was last laid out.
        Scene scene = new Scene(page);
        scene.getStylesheets().add(stylesheet);
        page.applyCss();
        page.autosize();
        page.layout();
        double tall = page.prefHeight(width);
        double scale = Math.min(1, height / tall);
        if (scale < 1) {
            page.getTransforms().add(new Scale(scale, scale));
        }
        return page;
    }
}
