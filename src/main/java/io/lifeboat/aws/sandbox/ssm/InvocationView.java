package io.lifeboat.aws.sandbox.ssm;

import java.time.Instant;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;

/** An invocation as seen at one moment: what the List/Get operations report. */
public record InvocationView(CommandInvocationStatus status, String statusDetails, int responseCode,
                             Instant started, Instant ended, String stdout, String stderr, boolean terminal) {
}
