package dev.partnercontacts.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/** What a window shows, as a user would see it: cut texts and screenshots. Call on the FX thread. */
final class Rendering {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Rendering() {
    }

    /** A labelled control whose text is cut ("…"), and what it shows instead. */
    record Cut(String id, String type, String text, String shown) {
    }

    /**
     * Every visible labelled control whose rendered text differs from its full text: the skin
     * puts the text it actually draws in a {@link Text} child, with an ellipsis when it is cut.
     */
    static List<Cut> truncated(Parent root) {
        root.applyCss();
        root.layout();
        List<Cut> cuts = new ArrayList<>();
        collect(root, cuts);
        return cuts;
    }

    private static void collect(Node node, List<Cut> cuts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && child.isVisible() && !full.equals(t.getText())) {
                    cuts.add(new Cut(l.getId(), l.getClass().getSimpleName(), full, t.getText()));
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, cuts);
            }
        }
    }

    /** Saves what the scene shows as {@code target/screenshots/<name>.png}. */
    static Path screenshot(Scene scene, String name) throws IOException {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
