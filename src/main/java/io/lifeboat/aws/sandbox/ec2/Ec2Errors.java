package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.SandboxResponses;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/**
 * The sandbox's EC2 errors, built like the SDK builds them from an AWS answer (code, message, HTTP
 * status, request id), so {@code AwsErrors} and the services cannot tell them from the real thing.
 * Codes and wording follow the EC2 error code reference and what AWS is seen to return.
 */
public final class Ec2Errors {

    private Ec2Errors() {
    }

    public static Ec2Exception error(String code, String message) {
        return error(400, code, message);
    }

    public static Ec2Exception error(int status, String code, String message) {
        String requestId = SandboxResponses.newRequestId();
        return (Ec2Exception) Ec2Exception.builder()
                .message(message)
                .statusCode(status)
                .requestId(requestId)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName("Ec2")
                        .build())
                .build();
    }

    public static Ec2Exception invalidParameterValue(String message) {
        return error("InvalidParameterValue", message);
    }

    public static Ec2Exception invalidParameterCombination(String message) {
        return error("InvalidParameterCombination", message);
    }

    public static Ec2Exception missingParameter(String message) {
        return error("MissingParameter", message);
    }

    public static Ec2Exception incorrectState(String message) {
        return error("IncorrectState", message);
    }

    /** {@code InvalidVolume.NotFound: The volume 'vol-1' does not exist.} (plural for several). */
    public static Ec2Exception notFound(ResourceKind kind, List<String> ids) {
        String joined = String.join(", ", ids);
        if (kind == ResourceKind.IMAGE) {
            joined = "[" + joined + "]";   // AWS writes "The image id '[ami-1]' does not exist"
        }
        String message = ids.size() == 1
                ? "The " + kind.noun() + " '" + joined + "' does not exist" + kind.messageEnd()
                : "The " + kind.plural() + " '" + joined + "' do not exist" + kind.messageEnd();
        return error(kind.notFoundCode(), message);
    }

    public static Ec2Exception malformed(ResourceKind kind, String id) {
        return error(kind.malformedCode(), "Invalid id: \"" + id + "\" (expecting \"" + kind.prefix() + "-...\")");
    }

    /** DryRun answers as AWS does when the caller would have been allowed: with an error. */
    public static void checkDryRun(Boolean dryRun) {
        if (Boolean.TRUE.equals(dryRun)) {
            throw error(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        }
    }
}
