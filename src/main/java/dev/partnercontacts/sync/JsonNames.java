package dev.partnercontacts.sync;

import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.UserRole;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Optional;

/** The spellings of enum values in the bundle and on the server (data contract); public API, never rename. */
final class JsonNames {

    private JsonNames() {
    }

    static String of(Integration i) {
        return i.key();
    }

    static String of(Environment e) {
        return switch (e) {
            case SANDBOX -> "sandbox";
            case PRODUCTION -> "production";
        };
    }

    static String of(UserRole r) {
        return switch (r) {
            case ADMINISTRATOR -> "administrator";
            case EDITOR -> "editor";
            case READ_ONLY -> "readOnly";
        };
    }

    static String of(DayOfWeek d) {
        return d.name().substring(0, 3);
    }

    static Optional<Integration> integration(String s) {
        return Arrays.stream(Integration.values()).filter(i -> of(i).equals(s)).findFirst();
    }

    static Optional<Environment> environment(String s) {
        return Arrays.stream(Environment.values()).filter(e -> of(e).equals(s)).findFirst();
    }

    static Optional<UserRole> role(String s) {
        return Arrays.stream(UserRole.values()).filter(r -> of(r).equals(s)).findFirst();
    }

    static Optional<DayOfWeek> day(String s) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> of(d).equals(s)).findFirst();
    }
}
