package dev.partnercontacts.cli;

import java.util.List;
import java.util.Optional;

/**
 * The headless commands of the data contract: {@code --export=FILE [--account=KEY]},
 * {@code --import=FILE [--overwrite-newer]}, {@code --sync [--server=URL] [--user=NAME] [--database=NAME]},
 * each with {@code --db=PATH}.
 * The password is never an argument.
 */
record CliArguments(Command command, String file, Optional<String> account, Optional<String> server,
                    Optional<String> user, Optional<String> database, String db, boolean overwriteNewer) {

    enum Command { EXPORT, IMPORT, SYNC }

    /** Whether the arguments ask for a headless command rather than the window. */
    static boolean isHeadless(List<String> args) {
        return args.stream().anyMatch(a -> a.startsWith("--export=") || a.startsWith("--import=") || a.equals("--sync"));
    }

    /** @throws IllegalArgumentException when there is not exactly one command, or an argument is empty */
    static CliArguments parse(List<String> args) {
        Command command = null;
        String file = null;
        String account = null;
        String server = null;
        String user = null;
        String database = null;
        String db = null;
        boolean overwriteNewer = false;
        int commands = 0;
        for (String a : args) {
            if (a.startsWith("--export=")) {
                command = Command.EXPORT;
                file = value(a);
                commands++;
            } else if (a.startsWith("--import=")) {
                command = Command.IMPORT;
                file = value(a);
                commands++;
            } else if (a.equals("--sync")) {
                command = Command.SYNC;
                commands++;
            } else if (a.startsWith("--account=")) {
                account = value(a);
            } else if (a.startsWith("--server=")) {
                server = value(a);
            } else if (a.startsWith("--user=")) {
                user = value(a);
            } else if (a.startsWith("--database=")) {
                database = value(a);
            } else if (a.startsWith("--db=")) {
                db = value(a);
            } else if (a.equals("--overwrite-newer")) {
                overwriteNewer = true;
            }
            // Anything else (--locale=…) belongs to the window and is ignored here.
        }
        if (commands != 1) {
            throw new IllegalArgumentException("one of --export, --import, --sync");
        }
        return new CliArguments(command, file, Optional.ofNullable(account), Optional.ofNullable(server),
                Optional.ofNullable(user), Optional.ofNullable(database), db, overwriteNewer);
    }

    private static String value(String arg) {
        String v = arg.substring(arg.indexOf('=') + 1).strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(arg.substring(0, arg.indexOf('=')) + " needs a value");
        }
        return v;
    }
}
