package io.lifeboat.aws.sandbox;

import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.AwsResponseMetadata;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.awscore.util.AwsHeader;

/** Response metadata for sandbox answers, so the audit log records a request id as it would on AWS. */
public final class SandboxResponses {

    private SandboxResponses() {
    }

    public static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** Builds a response with a fresh request id. */
    @SuppressWarnings("unchecked")
    public static <R extends AwsResponse> R done(AwsResponse.Builder builder) {
        return (R) builder.responseMetadata(metadata()).build();
    }

    public static AwsResponseMetadata metadata() {
        return DefaultAwsResponseMetadata.create(Map.of(AwsHeader.AWS_REQUEST_ID, newRequestId()));
    }
}
