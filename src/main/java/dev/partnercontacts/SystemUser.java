package dev.partnercontacts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The operating system's user as a person: the full name where the system keeps one (the
 * "GECOS" field of /etc/passwd on Linux and similar systems), otherwise the login name.
 */
final class SystemUser {

    private SystemUser() {
    }

    static String fullName(String login, Path passwd) {
        if (login != null && Files.isReadable(passwd)) {
            try {
                List<String> lines = Files.readAllLines(passwd, StandardCharsets.UTF_8);
                for (String line : lines) {
                    String[] fields = line.split(":", -1);
                    if (fields.length > 4 && fields[0].equals(login)) {
                        String gecos = fields[4].split(",", 2)[0].strip();
                        if (!gecos.isEmpty() && !gecos.equalsIgnoreCase(login)) {
                            return gecos;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The login name will do.
            }
        }
        return login == null || login.isBlank() ? "?" : login;
    }
}
