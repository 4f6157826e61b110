package dev.partnercontacts.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialogs for the files the app writes and reads: the CSV export and bundles. */
public final class FileDialogs {

    private final Messages messages;

    public FileDialogs(Messages messages) {
        this.messages = messages;
    }

    /** Where to save the Activity export. */
    public Optional<Path> activityCsv(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("activity.export.title"));
        chooser.setInitialFileName(messages.get("activity.export.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("activity.export.filter"), "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** A bundle to write ({@code save}) or to read. */
    public Optional<Path> bundle(Window owner, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(save ? "bundle.export.title" : "bundle.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("bundle.file.filter"), "*.json"));
        if (save) {
            chooser.setInitialFileName(messages.get("bundle.file.name"));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
