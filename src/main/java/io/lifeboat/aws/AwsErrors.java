package io.lifeboat.aws;

import io.lifeboat.aws.guard.ReadOnlyModeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Turns SDK exceptions into {@link Problem}s a user can act on. */
public final class AwsErrors {

    private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException", "TooManyRequestsException",
            "PriorRequestNotComplete", "SlowDown", "EC2ThrottledException", "BandwidthLimitExceeded");
    private static final Set<String> TRANSIENT = Set.of("InternalError", "InternalFailure", "ServiceUnavailable",
            "Unavailable", "InternalServerError", "RequestTimeout", "RequestTimeoutException");
    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired",
            "TokenRefreshRequired");
    private static final Set<String> INVALID_CREDENTIALS = Set.of("AuthFailure", "InvalidClientTokenId",
            "UnrecognizedClientException", "SignatureDoesNotMatch", "IncompleteSignature", "InvalidAccessKeyId");
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
            "UnauthorizedAccess", "OptInRequired");

    private AwsErrors() {
    }

    public static Problem describe(Throwable error) {
        return describe(error, null);
    }

    /** @param profile the profile in use, so the fix can name it ({@code aws sso login --profile X}) */
    public static Problem describe(Throwable error, String profile) {
        Throwable root = unwrap(error);
        String profileFlag = profile == null || profile.isBlank() ? "" : " --profile " + profile;
        if (root instanceof ProblemException failed) {
            return failed.problem();
        }
        if (root instanceof ReadOnlyModeException) {
            return new Problem(Problem.Kind.READ_ONLY, "ReadOnlyMode", root.getMessage(), null);
        }
        if (root instanceof AwsServiceException aws) {
            return describeService(aws, profileFlag);
        }
        if (root instanceof UnsupportedOperationException) {
            String what = root.getMessage() != null ? root.getMessage()
                    : "This operation is not one Lifeboat's guarded clients make, so it was not sent.";
            return new Problem(Problem.Kind.UNSUPPORTED, "Unsupported", what, null);
        }
        String text = String.valueOf(root.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("token") || lower.contains("login"))) {
            return new Problem(Problem.Kind.SSO_LOGIN_NEEDED, "SsoLoginRequired",
                    "The SSO session for this profile has expired or was never started.",
                    "Run: aws sso login" + profileFlag);
        }
        if (lower.contains("mfa")) {
            return new Problem(Problem.Kind.MFA_NEEDED, "MfaRequired", text,
                    "Enter the current code of the MFA device named in the profile's mfa_serial.");
        }
        if (lower.contains("unable to load credentials") || lower.contains("no credentials")
                || lower.contains("contained no credentials")) {
            return new Problem(Problem.Kind.CREDENTIALS_MISSING, "NoCredentials",
                    "No AWS credentials were found" + (profileFlag.isEmpty() ? "." : " for profile " + profile + "."),
                    "Configure them with: aws configure" + profileFlag + " (or aws configure sso), "
                            + "or open the sandbox account to explore.");
        }
        if (lower.contains("credential_process") || lower.contains("process-based credentials")
                || lower.contains("credentials from process") || lower.contains("command returned non-zero")) {
            return new Problem(Problem.Kind.CREDENTIALS_INVALID, "CredentialProcessFailed",
                    "The profile's credential_process failed: " + causes(root),
                    "Run that command in a terminal to see why.");
        }
        if (hasCause(error, UnknownHostException.class) || hasCause(error, ConnectException.class)
                || lower.contains("unable to execute http request")) {
            return new Problem(Problem.Kind.NETWORK, "NetworkError", "Could not reach the AWS endpoint: " + text,
                    "Check the network, the proxy settings and the custom endpoint URL if one is set.");
        }
        if (hasCause(error, IOException.class)) {
            return new Problem(Problem.Kind.NETWORK, "NetworkError", text, "Try again.");
        }
        if (root instanceof IllegalArgumentException) {
            return new Problem(Problem.Kind.INVALID_INPUT, "InvalidInput", text, null);
        }
        return new Problem(Problem.Kind.OTHER, root.getClass().getSimpleName(), text, null);
    }

    /** The short form used in logs and the audit table. */
    public static String message(Throwable error) {
        Throwable root = unwrap(error);
        if (root instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorMessage();
        }
        return String.valueOf(root.getMessage());
    }

    public static String errorCode(Throwable error) {
        Throwable root = unwrap(error);
        if (root instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                && aws.awsErrorDetails().errorCode() != null) {
            return aws.awsErrorDetails().errorCode();
        }
        return root.getClass().getSimpleName();
    }

    public static boolean isThrottling(Throwable error) {
        return THROTTLING.contains(errorCode(error));
    }

    private static Problem describeService(AwsServiceException aws, String profileFlag) {
        String code = aws.awsErrorDetails() == null ? String.valueOf(aws.statusCode()) : aws.awsErrorDetails().errorCode();
        String text = aws.awsErrorDetails() == null ? aws.getMessage() : aws.awsErrorDetails().errorMessage();
        String message = text == null ? code : text;
        if (code == null) {
            code = "HTTP" + aws.statusCode();
        }
        if (code.equals("ConcurrentSnapshotLimitExceeded")) {
            return new Problem(Problem.Kind.SERVICE_ERROR, code, "An earlier snapshot of this volume is still in progress: "
                    + message, "EC2 allows one snapshot in progress per st1 or sc1 volume and five for other types; "
                    + "the next run snapshots this volume once it completes.");
        }
        if (THROTTLING.contains(code) || code.equals("SnapshotCreationPerVolumeRateExceeded")) {
            return new Problem(Problem.Kind.THROTTLED, code, "AWS is throttling requests: " + message,
                    "Lifeboat retries with backoff; if it persists, try again in a minute.");
        }
        if (EXPIRED.contains(code)) {
            return new Problem(Problem.Kind.CREDENTIALS_EXPIRED, code, "The session credentials have expired: " + message,
                    "Refresh them (aws sso login" + profileFlag + ", or re-run your credential process or MFA) "
                            + "and reconnect.");
        }
        if (INVALID_CREDENTIALS.contains(code)) {
            return new Problem(Problem.Kind.CREDENTIALS_INVALID, code, "AWS rejected the credentials: " + message,
                    "Check the access key with aws configure" + profileFlag + ".");
        }
        if (DENIED.contains(code)) {
            return new Problem(Problem.Kind.ACCESS_DENIED, code, "Not allowed: " + message,
                    "Ask for the permission listed in README (Permissions), or use a profile that has it.");
        }
        if (code.contains("NotFound") || code.equals("NoSuchHostedZone")) {
            return new Problem(Problem.Kind.NOT_FOUND, code, message, null);
        }
        if (TRANSIENT.contains(code) || aws.statusCode() >= 500) {
            return new Problem(Problem.Kind.TRANSIENT, code, message, "Try again.");
        }
        if (code.startsWith("Invalid") || code.contains("Validation") || code.equals("MissingParameter")) {
            return new Problem(Problem.Kind.INVALID_INPUT, code, message, null);
        }
        return new Problem(Problem.Kind.SERVICE_ERROR, code, message, null);
    }

    /** The messages of an error and its causes, for errors whose first message says little. */
    private static String causes(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.lang.reflect.UndeclaredThrowableException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
