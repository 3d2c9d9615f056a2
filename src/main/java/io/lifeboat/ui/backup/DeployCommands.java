package io.lifeboat.ui.backup;

import io.lifeboat.app.Installation;
import io.lifeboat.app.LambdaFiles;
import io.lifeboat.backup.BackupSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The AWS CLI commands that deploy the scheduled backup Lambda for one profile and region, with this
 * machine's backup settings as the stack's parameters: what the desktop's "Schedule in AWS" shows.
 * The template and the jar are the ones installed with this copy, or a source checkout's (relative
 * paths, and {@code mvn package} first to build the jar).
 *
 * @param profile the AWS CLI profile, or {@code null} for the CLI's default credentials
 * @param region where the stack, its function and its bucket live
 * @param regions the regions the function backs up ("all", or a list; empty means {@code region})
 * @param files the template and the function's jar the commands upload and deploy
 */
public record DeployCommands(String profile, String region, String accountId, List<String> regions,
                             BackupSettings settings, LambdaFiles files) {

    public static final String TEMPLATE = "packaging/lambda/backup-stack.yaml";
    public static final String ARTIFACT = "lifeboat-lambda.jar";
    public static final String STACK_NAME = "lifeboat-backup";

    public DeployCommands {
        regions = List.copyOf(regions);
    }

    /** With the files of the running copy: those installed with it, else the source checkout's. */
    public DeployCommands(String profile, String region, String accountId, List<String> regions,
                          BackupSettings settings) {
        this(profile, region, accountId, regions, settings, Installation.current().lambda());
    }

    /** A bucket name the account can own: {@code lifeboat-<account>-<region>}. */
    public String bucket() {
        return ("lifeboat-" + (accountId == null || accountId.isBlank() ? "ACCOUNT" : accountId) + "-" + region)
                .toLowerCase(Locale.ROOT);
    }

    /** The steps, each a comment line and a command. */
    public List<String> lines() {
        String options = (profile == null ? "" : " --profile " + profile) + " --region " + region;
        List<String> lines = new ArrayList<>();
        int step = 1;
        if (!files.shipped()) {
            lines.add("# " + step++ + ". Build the function's jar (in a Lifeboat source checkout)");
            lines.add("mvn -q package -DskipTests");
        }
        lines.add("# " + step++ + ". A bucket for it, once, then the jar itself");
        lines.add("aws s3 mb s3://" + bucket() + options);
        lines.add("aws s3 cp " + argument(files.jar()) + " s3://" + bucket() + "/" + ARTIFACT + options);
        lines.add("# " + step++ + ". Create or update the stack: function, schedule, least-privilege role, log group, alarm");
        lines.add("aws cloudformation deploy --template-file " + argument(files.template()) + " --stack-name " + STACK_NAME
                + " --capabilities CAPABILITY_IAM" + options + " \\");
        lines.add("  --parameter-overrides CodeBucket=" + bucket() + " CodeKey=" + ARTIFACT
                + " Regions=" + String.join(",", regions) + " DefaultRetentionDays="
                + settings.convention().defaultRetentionDays() + " KeepNewest=" + settings.keepNewest()
                + " CopiedTags=" + String.join(",", settings.copiedTagKeys()) + " PolicyName=" + settings.policyName()
                + " Prune=true AlarmEmail=");
        // Asynchronous: waiting for the answer, the AWS CLI gives up after 60 s and invokes the function again.
        lines.add("# " + step + ". Run it once now (in the background), then follow its log and report");
        lines.add("aws lambda invoke --function-name " + STACK_NAME + " --invocation-type Event" + options + " /dev/null");
        lines.add("aws logs tail /aws/lambda/" + STACK_NAME + " --follow" + options);
        return lines;
    }

    public String script() {
        return String.join("\n", lines()) + "\n";
    }

    /** A path as one shell word: quoted when it holds a space or anything a shell would read (C:\Program Files\...). */
    private static String argument(Path path) {
        String text = path.toString();
        return text.matches("[A-Za-z0-9_./:\\\\~+-]+") ? text : "\"" + text + "\"";
    }
}
