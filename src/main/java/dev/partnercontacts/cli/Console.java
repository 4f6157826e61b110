package dev.partnercontacts.cli;

import java.io.PrintStream;

/**
 * Where the command line writes: what it did on standard output, problems on standard error,
 * one line each. The only place in the application that writes to the process's streams.
 */
public final class Console {

    private final PrintStream out;
    private final PrintStream err;

    public Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The process's own standard output and error. */
    public static Console system() {
        return new Console(System.out, System.err);
    }

    void out(String line) {
        out.println(line);
        out.flush();
    }

    void err(String line) {
        err.println(line);
        err.flush();
    }
}
