package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.SandboxResponses;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ssm.model.DocumentAlreadyExistsException;
import software.amazon.awssdk.services.ssm.model.InvalidCommandIdException;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentContentException;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import software.amazon.awssdk.services.ssm.model.InvalidFilterKeyException;
import software.amazon.awssdk.services.ssm.model.InvalidInstanceIdException;
import software.amazon.awssdk.services.ssm.model.InvalidNextTokenException;
import software.amazon.awssdk.services.ssm.model.InvalidParametersException;
import software.amazon.awssdk.services.ssm.model.InvalidTargetException;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.ssm.model.ValidationException;

/**
 * The modeled SSM exceptions, built as the SDK would unmarshal them (error code, message, HTTP 400,
 * a request id), so callers can catch the same types on the sandbox as on AWS.
 */
public final class SsmErrors {

    private SsmErrors() {
    }

    public static InvalidInstanceIdException invalidInstanceId(String message) {
        return build(InvalidInstanceIdException.builder(), "InvalidInstanceId", message);
    }

    public static InvalidDocumentException invalidDocument(String message) {
        return build(InvalidDocumentException.builder(), "InvalidDocument", message);
    }

    public static InvalidDocumentContentException invalidDocumentContent(String message) {
        return build(InvalidDocumentContentException.builder(), "InvalidDocumentContent", message);
    }

    public static DocumentAlreadyExistsException documentAlreadyExists(String message) {
        return build(DocumentAlreadyExistsException.builder(), "DocumentAlreadyExists", message);
    }

    public static InvalidCommandIdException invalidCommandId(String message) {
        return build(InvalidCommandIdException.builder(), "InvalidCommandId", message);
    }

    public static InvocationDoesNotExistException invocationDoesNotExist(String message) {
        return build(InvocationDoesNotExistException.builder(), "InvocationDoesNotExist", message);
    }

    public static InvalidParametersException invalidParameters(String message) {
        return build(InvalidParametersException.builder(), "InvalidParameters", message);
    }

    public static InvalidTargetException invalidTarget(String message) {
        return build(InvalidTargetException.builder(), "InvalidTarget", message);
    }

    public static InvalidFilterKeyException invalidFilterKey(String message) {
        return build(InvalidFilterKeyException.builder(), "InvalidFilterKey", message);
    }

    public static InvalidNextTokenException invalidNextToken() {
        return build(InvalidNextTokenException.builder(), "InvalidNextToken", "The specified token is not valid.");
    }

    public static ValidationException validation(String message) {
        return build(ValidationException.builder(), "ValidationException", message);
    }

    /** The message AWS gives for a MaxResults outside the operation's range. */
    public static ValidationException maxResults(int value, int min, int max) {
        String constraint = value < min ? "greater than or equal to " + min : "less than or equal to " + max;
        return validation("1 validation error detected: Value '" + value
                + "' at 'maxResults' failed to satisfy constraint: Member must have value " + constraint);
    }

    @SuppressWarnings("unchecked")
    private static <E extends SsmException> E build(SsmException.Builder builder, String code, String message) {
        AwsServiceException.Builder b = builder.message(message)
                .statusCode(400)
                .requestId(SandboxResponses.newRequestId())
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .serviceName("Ssm").build());
        return (E) b.build();
    }
}
