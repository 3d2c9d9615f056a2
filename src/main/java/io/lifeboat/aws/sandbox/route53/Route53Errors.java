package io.lifeboat.aws.sandbox.route53;

import io.lifeboat.aws.sandbox.SandboxResponses;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.route53.model.HostedZoneAlreadyExistsException;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.InvalidInputException;
import software.amazon.awssdk.services.route53.model.NoSuchChangeException;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;
import software.amazon.awssdk.services.route53.model.Route53Exception;

/** The modeled Route53 errors, with the codes and HTTP statuses the SDK unmarshals them from. */
public final class Route53Errors {

    private Route53Errors() {
    }

    public static NoSuchHostedZoneException noSuchHostedZone(String id) {
        return build(NoSuchHostedZoneException.builder(), "NoSuchHostedZone", 404, "No hosted zone found with ID: " + id);
    }

    public static NoSuchChangeException noSuchChange(String id) {
        return build(NoSuchChangeException.builder(), "NoSuchChange", 404,
                "A change with the specified change ID does not exist: " + id);
    }

    /** Route53 reports every problem of a batch at once, in brackets. */
    public static InvalidChangeBatchException invalidChangeBatch(List<String> problems) {
        String message = "[" + String.join(", ", problems) + "]";
        InvalidChangeBatchException e = build(InvalidChangeBatchException.builder().messages(problems),
                "InvalidChangeBatch", 400, message);
        return e;
    }

    public static InvalidInputException invalidInput(String message) {
        return build(InvalidInputException.builder(), "InvalidInput", 400, message);
    }

    public static HostedZoneAlreadyExistsException hostedZoneAlreadyExists(String name, String reference) {
        return build(HostedZoneAlreadyExistsException.builder(), "HostedZoneAlreadyExists", 409,
                "A hosted zone has already been created with the specified caller reference " + reference
                        + " (zone " + name + ").");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Route53Exception> E build(Route53Exception.Builder builder, String code, int status,
                                                        String message) {
        return (E) builder.message(message).statusCode(status).requestId(SandboxResponses.newRequestId())
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .serviceName("Route53").build())
                .build();
    }
}
