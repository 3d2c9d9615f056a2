package io.lifeboat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a nightly command pays before its first call: a command-line process started cold (JVM, class
 * loading, connecting) that plans on the sandbox, timed from start to exit.
 */
final class CliStart {

    private CliStart() {
    }

    static double seconds() throws Exception {
        Path home = Files.createTempDirectory("lifeboat-bench-cli");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "io.lifeboat.Launcher", "backup", "plan", "--sandbox",
                "--region", "eu-west-3")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LIFEBOAT_HOME", home.toString());
        builder.environment().put("HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("The command-line process did not plan on the sandbox");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
