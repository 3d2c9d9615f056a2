package io.lifeboat.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * How a command is sent, besides its document and targets.
 *
 * @param deliveryTimeoutSeconds SendCommand's TimeoutSeconds: how long an instance may take to start it
 *                               (30 s to 30 days); {@code null} for SSM's default (3600)
 * @param s3Bucket               where SSM writes every invocation's full output, or {@code null}
 * @param cloudWatchLogGroup     the log group SSM streams output to, or {@code null}
 * @param snsTopicArn            an SNS topic told of status changes (needs {@code snsRoleArn}), or {@code null}
 */
public record CommandOptions(String comment, Integer deliveryTimeoutSeconds, RateControl rateControl,
                             String s3Bucket, String s3KeyPrefix, String cloudWatchLogGroup, String snsTopicArn,
                             String snsRoleArn) {

    /** Room left for the user's comment: SSM takes 100 characters and Lifeboat appends its send token. */
    public static final int MAX_COMMENT = 100 - ClientToken.SUFFIX_LENGTH;

    public static final CommandOptions DEFAULT = new CommandOptions("", null, RateControl.DEFAULT, null, null, null,
            null, null);

    public CommandOptions {
        comment = comment == null ? "" : comment.trim();
        rateControl = rateControl == null ? RateControl.DEFAULT : rateControl;
        s3Bucket = blankToNull(s3Bucket);
        s3KeyPrefix = blankToNull(s3KeyPrefix);
        cloudWatchLogGroup = blankToNull(cloudWatchLogGroup);
        snsTopicArn = blankToNull(snsTopicArn);
        snsRoleArn = blankToNull(snsRoleArn);
    }

    public CommandOptions withComment(String text) {
        return new CommandOptions(text, deliveryTimeoutSeconds, rateControl, s3Bucket, s3KeyPrefix, cloudWatchLogGroup,
                snsTopicArn, snsRoleArn);
    }

    public CommandOptions withRateControl(RateControl rate) {
        return new CommandOptions(comment, deliveryTimeoutSeconds, rate, s3Bucket, s3KeyPrefix, cloudWatchLogGroup,
                snsTopicArn, snsRoleArn);
    }

    /** Why these options cannot be sent, one reason per problem; empty when they can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (comment.length() > MAX_COMMENT) {
            problems.add("The comment is " + comment.length() + " characters; at most " + MAX_COMMENT + ".");
        }
        if (deliveryTimeoutSeconds != null && (deliveryTimeoutSeconds < 30 || deliveryTimeoutSeconds > 2_592_000)) {
            problems.add("The delivery timeout is 30 seconds to 30 days (2592000 seconds).");
        }
        if (rateControl.concurrencyProblem() != null) {
            problems.add(rateControl.concurrencyProblem());
        }
        if (rateControl.errorsProblem() != null) {
            problems.add(rateControl.errorsProblem());
        }
        if (s3Bucket != null && !s3Bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            problems.add("'" + s3Bucket + "' is not an S3 bucket name.");
        }
        if (s3KeyPrefix != null && s3Bucket == null) {
            problems.add("An S3 key prefix needs a bucket.");
        }
        if (cloudWatchLogGroup != null && !cloudWatchLogGroup.matches("[.\\-_/#A-Za-z0-9]{1,512}")) {
            problems.add("'" + cloudWatchLogGroup + "' is not a CloudWatch log group name.");
        }
        if (snsTopicArn != null && !snsTopicArn.startsWith("arn:")) {
            problems.add("The SNS topic is given by its ARN (arn:aws:sns:REGION:ACCOUNT:NAME).");
        }
        if (snsTopicArn != null && (snsRoleArn == null || !snsRoleArn.startsWith("arn:"))) {
            problems.add("SNS notifications need the ARN of a role SSM can assume to publish (arn:aws:iam::ACCOUNT:role/NAME).");
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
