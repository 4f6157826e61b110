package dev.partnercontacts.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up benchmark: launches the application N times in fresh JVMs on a new database with
 * {@code --smoke-test} and prints the time from JVM start to the contact gate being shown
 * (as logged by the app), and the wall-clock time of each run.
 *
 * <p>Run after {@code mvn test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.partnercontacts.bench.StartupBenchmark 7}.
 * With a {@code DISPLAY} it uses the desktop's windowing; without, Monocle's headless platform.
 */
public final class StartupBenchmark {

    private static final Pattern SHOWN = Pattern.compile("Startup: contact gate shown (\\d+) ms");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean headless = System.getenv("DISPLAY") == null;
        List<Long> shown = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path dir = Files.createTempDirectory("pc-bench");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path")));
            if (headless) {
                command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
            }
            command.addAll(List.of("dev.partnercontacts.Launcher", "--db=" + dir.resolve("bench.db"), "--smoke-test"));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            Long ms = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = SHOWN.matcher(line);
                    if (m.find()) {
                        ms = Long.parseLong(m.group(1));
                    }
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || ms == null) {
                throw new IOException("run " + (i + 1) + " failed (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            shown.add(ms);
            wall.add(wallMs);
            report("run " + (i + 1) + ": gate shown " + ms + " ms after JVM start; process ran " + wallMs + " ms");
        }
        report(String.format("%s, %d runs: gate shown after JVM start min %d / median %d / max %d ms; "
                        + "whole process min %d / median %d / max %d ms",
                headless ? "Monocle headless" : "display " + System.getenv("DISPLAY"), runs,
                Collections.min(shown), median(shown), Collections.max(shown),
                Collections.min(wall), median(wall), Collections.max(wall)));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @SuppressWarnings("java:S106") // a benchmark's report is its standard output
    private static void report(String line) {
        System.out.println(line);
    }
}
