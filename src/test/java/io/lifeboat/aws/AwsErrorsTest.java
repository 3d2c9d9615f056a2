package io.lifeboat.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

class AwsErrorsTest {

    private static Ec2Exception ec2(String code, int status) {
        return (Ec2Exception) Ec2Exception.builder().statusCode(status).requestId("req-1")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code + " happened").build()).build();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "RequestLimitExceeded, 503, THROTTLED",
        "Throttling, 400, THROTTLED",
        "ExpiredToken, 400, CREDENTIALS_EXPIRED",
        "RequestExpired, 400, CREDENTIALS_EXPIRED",
        "AuthFailure, 401, CREDENTIALS_INVALID",
        "UnauthorizedOperation, 403, ACCESS_DENIED",
        "InvalidVolume.NotFound, 400, NOT_FOUND",
        "InternalError, 500, TRANSIENT",
        "InvalidParameterValue, 400, INVALID_INPUT",
        "InvalidSnapshot.InUse, 400, INVALID_INPUT",
    })
    void serviceErrorsAreClassifiedByCode(String code, int status, Problem.Kind kind) {
        Problem problem = AwsErrors.describe(ec2(code, status), "prod");

        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.message()).contains(code + " happened");
    }

    @Test
    void expiredSessionsSayHowToRefreshForTheProfile() {
        assertThat(AwsErrors.describe(ec2("ExpiredToken", 400), "prod").fix()).contains("aws sso login --profile prod");
    }

    @Test
    void onlyThrottlingAndTransientErrorsAreWorthRetrying() {
        assertThat(AwsErrors.describe(ec2("RequestLimitExceeded", 503)).transientError()).isTrue();
        assertThat(AwsErrors.describe(ec2("InternalError", 500)).transientError()).isTrue();
        assertThat(AwsErrors.describe(ec2("InvalidParameterValue", 400)).transientError()).isFalse();
        assertThat(AwsErrors.isThrottling(ec2("RequestLimitExceeded", 503))).isTrue();
    }

    @Test
    void clientSideFailuresAreExplained() {
        Problem noCredentials = AwsErrors.describe(SdkClientException.create(
                "Unable to load credentials from any of the providers in the chain"), null);
        assertThat(noCredentials.kind()).isEqualTo(Problem.Kind.CREDENTIALS_MISSING);
        assertThat(noCredentials.fix()).contains("sandbox");
        Problem network = AwsErrors.describe(SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new UncheckedIOException(new UnknownHostException("ec2.nowhere"))).build());
        assertThat(network.kind()).isEqualTo(Problem.Kind.NETWORK);
        assertThat(network.transientError()).isTrue();
    }

    @Test
    void problemExceptionsExplainThemselves() {
        Problem own = new Problem(Problem.Kind.INVALID_INPUT, "Mine", "Explained.", "Do this.");
        assertThat(AwsErrors.describe(new java.util.concurrent.CompletionException(new ProblemException(own))))
                .isEqualTo(own);
    }
}
