package dev.partnercontacts.ui.sync;

import java.io.PrintStream;

/**
 * The child of {@link KeyringVaultSecretServiceTest}: inside its own D-Bus session with an
 * unlocked GNOME Keyring, remembers a password through {@link KeyringVault}, reads it back,
 * forgets it and reads again. Prints {@code SAVED}, {@code READ <password>}, {@code FORGOTTEN <empty|password>}.
 */
public final class KeyringProbe {

    private KeyringProbe() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        KeyringVault vault = new KeyringVault();
        String server = "https://couch.example.com:6984";
        vault.save(server, "ada", args[0]);
        out.println("SAVED");
        out.println("READ " + vault.read(server, "ada").orElse(""));
        vault.forget(server, "ada");
        out.println("FORGOTTEN " + vault.read(server, "ada").map(p -> "still " + p).orElse("empty"));
        out.flush();
    }
}
