package io.lifeboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.testing.LifeboatProcess;
import io.lifeboat.testing.ProjectVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar laid out as an installer lays it out ({@code lib/app/lifeboat.jar} with the Lambda
 * files in {@code lib/app/lambda/}), started as a process: {@code --version} names the shipped files,
 * which "Schedule in AWS" deploys. The deb itself is checked by packaging/check-deb.sh.
 */
class InstalledLayoutIT {

    private Path root;

    /** Under target/, so the jar can be hard-linked there: the JVM resolves a symbolic link to the real jar. */
    @BeforeEach
    void makeRoot() throws Exception {
        root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "installed-layout").toAbsolutePath();
    }

    @AfterEach
    void removeRoot() throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path placeJar(Path at) throws Exception {
        Path jar = Path.of(System.getProperty("lifeboat.jar", "target/lifeboat.jar")).toAbsolutePath();
        try {
            return Files.createLink(at, jar);
        } catch (UnsupportedOperationException | java.io.IOException otherFileSystem) {
            return Files.copy(jar, at);
        }
    }

    private String version(Path jar) {
        LifeboatProcess.Result result = new LifeboatProcess(root).jar(jar)
                .env("LIFEBOAT_HOME", root.resolve("data").toString()).run("--version");
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        return result.out();
    }

    @Test
    void anInstalledJarNamesTheLambdaFilesShippedWithIt() throws Exception {
        Path app = Files.createDirectories(root.resolve("opt/lifeboat/lib/app"));
        Path jar = placeJar(app.resolve("lifeboat.jar"));
        Path lambda = Files.createDirectories(app.resolve("lambda"));
        Files.copy(Path.of("packaging/lambda/backup-stack.yaml"), lambda.resolve("backup-stack.yaml"));
        Files.createSymbolicLink(lambda.resolve("lifeboat-lambda.jar"),
                Path.of(System.getProperty("lifeboat.lambda.jar", "target/lifeboat-lambda.jar")).toAbsolutePath());

        List<String> lines = version(jar).lines().toList();

        assertThat(lines.get(0)).isEqualTo("Lifeboat " + ProjectVersion.fromPom());
        assertThat(lines).contains("Program:  " + jar, "Lambda:   " + lambda, "Data:     " + root.resolve("data"));
    }

    @Test
    void aJarOnItsOwnPointsAtASourceCheckout() throws Exception {
        Path jar = placeJar(root.resolve("lifeboat.jar"));

        List<String> lines = version(jar).lines().toList();

        assertThat(lines.get(0)).isEqualTo("Lifeboat " + ProjectVersion.fromPom());
        assertThat(lines).contains("Lambda:   packaging/lambda/backup-stack.yaml and target/lifeboat-lambda.jar in a "
                + "source checkout (mvn package builds the jar)");
    }
}
