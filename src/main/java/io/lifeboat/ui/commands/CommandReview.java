package io.lifeboat.ui.commands;

import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.DocumentDefinition;
import io.lifeboat.commands.FleetInstance;
import io.lifeboat.commands.ParameterForm;
import io.lifeboat.commands.TargetPreview;
import io.lifeboat.commands.Targets;
import java.util.List;
import java.util.Map;

/**
 * The review shown before anything is sent: the document and its version, every parameter value (the
 * defaults marked), the targets with their count and a sample, who would never be reached, the rate
 * control and the other options, the canary.
 */
final class CommandReview {

    static final int SAMPLE = 8;

    private CommandReview() {
    }

    static String text(DocumentDefinition document, ParameterForm form, TargetPreview preview, CommandOptions options,
                       SendPlan plan, String region) {
        StringBuilder text = new StringBuilder();
        text.append("Document: ").append(document.name()).append(", default version ").append(document.defaultVersion())
                .append(" (runs on ").append(String.join(", ", document.platformTypes())).append(")\n");
        text.append("Region: ").append(region).append("\n\nParameters:\n");
        for (Map.Entry<String, List<String>> e : form.effective().entrySet()) {
            text.append("  ").append(e.getKey()).append(" = ").append(value(e.getValue()))
                    .append(form.given(e.getKey()) ? "" : "   (default)").append('\n');
        }
        text.append("\nTargets: ").append(preview.targets().describe()).append(": ").append(preview.targetCount())
                .append(preview.targetCount() == 1 ? " instance" : " instances").append(" targeted by SSM\n");
        List<FleetInstance> sent = preview.sentTo();
        sent.stream().limit(SAMPLE).forEach(i -> text.append("  ").append(i.name()).append("  ").append(i.id())
                .append('\n'));
        if (sent.size() > SAMPLE) {
            text.append("  and ").append(sent.size() - SAMPLE).append(" more\n");
        }
        if (!preview.neverReached().isEmpty()) {
            text.append("Never reached: ").append(preview.neverReached().size()).append('\n');
            preview.neverReached().stream().limit(SAMPLE).forEach(r -> text.append("  ").append(r.instance().name())
                    .append(": ").append(r.why()).append('\n'));
        }
        if (preview.targets() instanceof Targets.ByInstances && preview.targetCount() > Targets.MAX_IDS_PER_CALL) {
            text.append("Sent as ").append((preview.targetCount() + Targets.MAX_IDS_PER_CALL - 1) / Targets.MAX_IDS_PER_CALL)
                    .append(" commands of at most 50 instances: rate control applies to each.\n");
        }
        text.append("\nRate control: ").append(options.rateControl().describe()).append('\n');
        text.append("Delivery timeout: ").append(options.deliveryTimeoutSeconds() == null ? "3600 s (SSM's default)"
                : options.deliveryTimeoutSeconds() + " s").append('\n');
        if (options.s3Bucket() != null) {
            text.append("Output to S3: s3://").append(options.s3Bucket()).append('/')
                    .append(options.s3KeyPrefix() == null ? "" : options.s3KeyPrefix()).append('\n');
        }
        if (options.cloudWatchLogGroup() != null) {
            text.append("Output to CloudWatch Logs: ").append(options.cloudWatchLogGroup()).append('\n');
        }
        if (options.snsTopicArn() != null) {
            text.append("Notifications: ").append(options.snsTopicArn()).append('\n');
        }
        if (!options.comment().isEmpty()) {
            text.append("Comment: ").append(options.comment()).append('\n');
        }
        if (plan.canary()) {
            text.append("Canary: first ").append(plan.firstIds().size()).append(", then the other ")
                    .append(plan.restIds().size()).append(" once they succeeded (by id, 50 a call)\n");
        }
        return text.toString();
    }

    private static String value(List<String> values) {
        if (values.isEmpty()) {
            return "(none)";
        }
        if (values.size() == 1) {
            return values.get(0).isEmpty() ? "\"\"" : values.get(0);
        }
        return String.join("\n      ", values);
    }
}
