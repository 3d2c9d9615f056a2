package io.lifeboat.ui.backup;

import io.lifeboat.backup.BackupSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The AWS CLI commands that deploy the scheduled backup Lambda for one profile and region, with this
 * machine's backup settings as the stack's parameters: what the desktop's "Schedule in AWS" shows.
 * Paths are relative to a Lifeboat source checkout, where {@code mvn package} builds the jar.
 *
 * @param profile the AWS CLI profile, or {@code null} for the CLI's default credentials
 * @param region where the stack, its function and its bucket live
 * @param regions the regions the function backs up ("all", or a list; empty means {@code region})
 */
public record DeployCommands(String profile, String region, String accountId, List<String> regions,
                             BackupSettings settings) {

    public static final String TEMPLATE = "packaging/lambda/backup-stack.yaml";
    public static final String ARTIFACT = "lifeboat-lambda.jar";
    public static final String STACK_NAME = "lifeboat-backup";

    public DeployCommands {
        regions = List.copyOf(regions);
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
        lines.add("# 1. Build the function's jar (in a Lifeboat source checkout)");
        lines.add("mvn -q package -DskipTests");
        lines.add("# 2. A bucket for it, once, then the jar itself");
        lines.add("aws s3 mb s3://" + bucket() + options);
        lines.add("aws s3 cp target/" + ARTIFACT + " s3://" + bucket() + "/" + ARTIFACT + options);
        lines.add("# 3. Create or update the stack: function, schedule, least-privilege role, log group, alarm");
        lines.add("aws cloudformation deploy --template-file " + TEMPLATE + " --stack-name " + STACK_NAME
                + " --capabilities CAPABILITY_IAM" + options + " \\");
        lines.add("  --parameter-overrides CodeBucket=" + bucket() + " CodeKey=" + ARTIFACT
                + " Regions=" + String.join(",", regions) + " DefaultRetentionDays="
                + settings.convention().defaultRetentionDays() + " KeepNewest=" + settings.keepNewest()
                + " CopiedTags=" + String.join(",", settings.copiedTagKeys()) + " PolicyName=" + settings.policyName()
                + " Prune=true AlarmEmail=");
        // Asynchronous: waiting for the answer, the AWS CLI gives up after 60 s and invokes the function again.
        lines.add("# 4. Run it once now (in the background), then follow its log and report");
        lines.add("aws lambda invoke --function-name " + STACK_NAME + " --invocation-type Event" + options + " /dev/null");
        lines.add("aws logs tail /aws/lambda/" + STACK_NAME + " --follow" + options);
        return lines;
    }

    public String script() {
        return String.join("\n", lines()) + "\n";
    }
}
