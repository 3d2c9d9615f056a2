package io.lifeboat.bench;

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

/** Start-up: process start to the main window showing sandbox data, from the jar and from the app image. */
public final class StartupBench {

    static final int RUNS = 9;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/lifeboat.jar");
        Path image = Path.of("packaging/out/Lifeboat/bin/Lifeboat");
        if (!Files.exists(image) || Files.getLastModifiedTime(image.getParent().getParent().resolve("lib/app/lifeboat.jar"))
                .compareTo(Files.getLastModifiedTime(jar)) < 0) {
            System.err.println("building the app image (packaging/build-app-image.sh)...");
            run(List.of("packaging/build-app-image.sh"), 900);
        }
        // One X server for every run, already up, as on a desktop: starting one per run adds its own
        // start-up to the app's and makes the figures noisy.
        int display = 90 + (int) (ProcessHandle.current().pid() % 9);
        Process xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            TimeUnit.SECONDS.sleep(2);
            report("jar", List.of("java", "-jar", jar.toString(), "--sandbox", "--exit-when-ready"), display);
            report("image", List.of(image.toString(), "--sandbox", "--exit-when-ready"), display);
        } finally {
            xvfb.destroy();
        }
    }

    private static void report(String name, List<String> command, int display) throws Exception {
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < RUNS + 1; i++) {
            long value = readyMillis(command, display);
            if (i > 0) {
                ready.add(value);
            }
        }
        Collections.sort(ready);
        Metrics.print(name + "_ready_ms_median", ready.get(ready.size() / 2), "ms");
        Metrics.print(name + "_ready_ms_min", ready.get(0), "ms");
        Metrics.print(name + "_ready_ms_max", ready.get(ready.size() - 1), "ms");
    }

    /** One start with an empty data directory; the app prints {@code ready-ms} and exits. */
    private static long readyMillis(List<String> command, int display) throws Exception {
        Path home = Files.createTempDirectory("lifeboat-bench");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LIFEBOAT_HOME", home.toString());
        builder.environment().put("DISPLAY", ":" + display);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        Process process = builder.start();
        String ready = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ready-ms: ")) {
                    ready = line.substring("ready-ms: ".length()).trim();
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || ready == null) {
            process.destroyForcibly();
            throw new IllegalStateException("No ready-ms from " + command);
        }
        return Long.parseLong(ready);
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed");
        }
    }
}
