package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.BundleTransfer;
import dev.partnercontacts.sync.ImportPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Export to and import from a JSON bundle file. Blocking I/O: call it off the FX thread. */
public interface BundleFiles {

    /** Writes the accounts with these keys (every account when empty); returns how many were written. */
    int export(List<String> keys, Path file) throws IOException;

    /** Reads and checks a bundle; changes nothing. */
    ImportPlan plan(Path file) throws IOException;

    /** Applies a checked bundle, all accounts or none. */
    void apply(ImportPlan.Ready plan, String actor);

    /** Bundles through the sync layer's transfer. */
    static BundleFiles of(BundleTransfer transfer) {
        return new BundleFiles() {
            @Override
            public int export(List<String> keys, Path file) throws IOException {
                return transfer.export(keys, file);
            }

            @Override
            public ImportPlan plan(Path file) throws IOException {
                return transfer.plan(file);
            }

            @Override
            public void apply(ImportPlan.Ready plan, String actor) {
                transfer.apply(plan, actor);
            }
        };
    }
}
