package io.lifeboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.testing.ProjectVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

    @TempDir
    Path dir;

    /** An installed copy's lib/app: the jar, and the Lambda files in lambda/ next to it. */
    private Path installedJar(boolean withTemplate, boolean withLambdaJar) throws IOException {
        Path app = Files.createDirectories(dir.resolve("opt/lifeboat/lib/app"));
        Path jar = Files.writeString(app.resolve("lifeboat.jar"), "jar");
        Path lambda = Files.createDirectories(app.resolve(LambdaFiles.DIRECTORY));
        if (withTemplate) {
            Files.writeString(lambda.resolve(LambdaFiles.TEMPLATE), "AWSTemplateFormatVersion: '2010-09-09'");
        }
        if (withLambdaJar) {
            Files.writeString(lambda.resolve(LambdaFiles.JAR), "jar");
        }
        return jar;
    }

    @Test
    void theVersionIsTheProjectsFromThePom() {
        assertThat(Installation.current().version()).isEqualTo(ProjectVersion.fromPom()).doesNotContain("$");
        assertThat(Installation.current().describe(dir).get(0)).isEqualTo("Lifeboat " + ProjectVersion.fromPom());
    }

    @Test
    void anInstalledCopyUsesTheLambdaFilesShippedNextToItsJar() throws IOException {
        Path jar = installedJar(true, true);

        LambdaFiles files = LambdaFiles.nextTo(Optional.of(jar));

        Path lambda = dir.resolve("opt/lifeboat/lib/app/lambda").toAbsolutePath();
        assertThat(files.shipped()).isTrue();
        assertThat(files.template()).isEqualTo(lambda.resolve("backup-stack.yaml")).isAbsolute();
        assertThat(files.jar()).isEqualTo(lambda.resolve("lifeboat-lambda.jar"));
        assertThat(Installation.of(Optional.of(jar)).describe(dir))
                .contains("Program:  " + jar, "Lambda:   " + lambda, "Data:     " + dir);
    }

    @Test
    void withoutBothShippedFilesTheSourceCheckoutsAreNamed() throws IOException {
        assertThat(LambdaFiles.nextTo(Optional.of(installedJar(true, false)))).isEqualTo(LambdaFiles.SOURCE_CHECKOUT);
        assertThat(LambdaFiles.nextTo(Optional.of(dir.resolve("elsewhere/lifeboat.jar"))))
                .isEqualTo(LambdaFiles.SOURCE_CHECKOUT);
        assertThat(LambdaFiles.nextTo(Optional.empty())).isEqualTo(LambdaFiles.SOURCE_CHECKOUT);
        assertThat(LambdaFiles.SOURCE_CHECKOUT.template()).isEqualTo(Path.of("packaging/lambda/backup-stack.yaml"));
        assertThat(LambdaFiles.SOURCE_CHECKOUT.jar()).isEqualTo(Path.of("target/lifeboat-lambda.jar"));
    }

    @Test
    void runFromClassesItIsASourceCheckoutWhoseTemplateIsThere() {
        Installation current = Installation.current();

        assertThat(current.location()).hasValueSatisfying(p -> assertThat(p).isDirectory());
        assertThat(current.lambda()).isEqualTo(LambdaFiles.SOURCE_CHECKOUT);
        // The path the commands name is the checkout's real template.
        assertThat(current.lambda().template()).isRegularFile();
        assertThat(current.describe(dir).get(3)).startsWith("Lambda:   packaging/lambda/backup-stack.yaml and target/");
    }
}
