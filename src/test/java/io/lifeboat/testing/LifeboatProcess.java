package io.lifeboat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar started as a user starts it: {@code java -jar target/lifeboat.jar ...}, headless, in
 * a clean environment (nothing inherited from the developer or the build: no AWS_* variable, no
 * DISPLAY) with a temporary HOME whose {@code ~/.aws} files the test writes, and its own data
 * directory. Only what the test sets is there.
 */
public final class LifeboatProcess {

    private final Path home;
    private final Map<String, String> env = new LinkedHashMap<>();
    private String jar = System.getProperty("lifeboat.jar", "target/lifeboat.jar");

    /** What the process printed and how it ended. */
    public record Result(int exit, String out, String err) {
    }

    public LifeboatProcess(Path home) {
        this.home = home;
        env.put("HOME", home.toString());
        env.put("LIFEBOAT_HOME", home.resolve("lifeboat-data").toString());
        String path = System.getenv("PATH");
        if (path != null) {
            env.put("PATH", path);
        }
    }

    /** Starts this jar instead of the packaged one (a copy laid out as an installer lays it out). */
    public LifeboatProcess jar(Path path) {
        jar = path.toString();
        return this;
    }

    public LifeboatProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Writes {@code ~/.aws/config} or {@code ~/.aws/credentials} in the temporary HOME. */
    public LifeboatProcess awsFile(String name, String content) {
        try {
            Path aws = Files.createDirectories(home.resolve(".aws"));
            Files.writeString(aws.resolve(name), content);
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Result run(String... args) {
        return start(command(List.of(), args));
    }

    /**
     * As a user at a terminal runs it: under {@code script}, which gives the process a pseudo-terminal
     * (so {@code System.console()} is there); both streams come back as one, in {@link Result#out()}.
     *
     * @param javaOptions options for the JVM, such as {@code -Dlifeboat.sandbox.latency=50ms}
     */
    public Result runOnTerminal(List<String> javaOptions, String... args) {
        String line = command(javaOptions, args).stream().map(word -> "'" + word.replace("'", "'\\''") + "'")
                .collect(java.util.stream.Collectors.joining(" "));
        return start(List.of("script", "-qec", line, "/dev/null"));
    }

    /** Whether {@code script} (util-linux) is here to give a process a terminal. */
    public static boolean terminalAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    private List<String> command(List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar));
        command.addAll(List.of(args));
        return command;
    }

    private Result start(List<String> command) {
        String args = String.join(" ", command);
        try {
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(args + " ended").isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
