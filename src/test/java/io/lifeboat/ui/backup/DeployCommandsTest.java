package io.lifeboat.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.LambdaFiles;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.volumes.BackupConvention;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Schedule in AWS" names the template and jar of the copy that shows it. */
class DeployCommandsTest {

    private static DeployCommands commands(LambdaFiles files) {
        return new DeployCommands("prod", "eu-west-1", "123456789012", List.of("all"),
                BackupSettings.defaults(BackupConvention.DEFAULT), files);
    }

    @Test
    void anInstalledCopyDeploysTheFilesItShipsAndBuildsNothing() {
        Path lambda = Path.of("/opt/lifeboat/lib/app/lambda");

        String script = commands(new LambdaFiles(lambda.resolve("backup-stack.yaml"), lambda.resolve("lifeboat-lambda.jar"),
                true)).script();

        assertThat(script)
                .contains("aws s3 cp /opt/lifeboat/lib/app/lambda/lifeboat-lambda.jar s3://lifeboat-123456789012-eu-west-1/"
                        + "lifeboat-lambda.jar --profile prod --region eu-west-1")
                .contains("aws cloudformation deploy --template-file /opt/lifeboat/lib/app/lambda/backup-stack.yaml ")
                .contains("# 1. A bucket for it").contains("# 3. Run it once now")
                .doesNotContain("mvn").doesNotContain("target/").doesNotContain("source checkout");
    }

    @Test
    void aPathWithSpacesStaysOneWord() {
        Path lambda = Path.of("/Applications/My Tools/Lifeboat.app/Contents/app/lambda");

        String script = commands(new LambdaFiles(lambda.resolve("backup-stack.yaml"), lambda.resolve("lifeboat-lambda.jar"),
                true)).script();

        assertThat(script).contains("--template-file \"/Applications/My Tools/Lifeboat.app/Contents/app/lambda/backup-stack.yaml\"")
                .contains("aws s3 cp \"/Applications/My Tools/Lifeboat.app/Contents/app/lambda/lifeboat-lambda.jar\" s3://");
    }

    @Test
    void fromSourceTheCheckoutBuildsTheJarFirst() {
        // Tests run from target/classes: the running copy is a source checkout.
        DeployCommands fromHere = new DeployCommands("prod", "eu-west-1", "123456789012", List.of("all"),
                BackupSettings.defaults(BackupConvention.DEFAULT));

        assertThat(fromHere.files()).isEqualTo(LambdaFiles.SOURCE_CHECKOUT);
        assertThat(fromHere.lines()).startsWith("# 1. Build the function's jar (in a Lifeboat source checkout)",
                "mvn -q package -DskipTests");
        assertThat(fromHere.script()).contains("aws s3 cp target/lifeboat-lambda.jar s3://")
                .contains("--template-file packaging/lambda/backup-stack.yaml ").contains("# 4. Run it once now");
    }
}
