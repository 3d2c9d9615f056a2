package io.lifeboat.aws.credentials;

import io.lifeboat.aws.ConnectionSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.GetSessionTokenRequest;

/**
 * Profiles with {@code mfa_serial}, which the SDK v2 profile provider does not prompt for
 * (aws-sdk-java-v2#995): a role profile assumes its role with the code (AssumeRole), a profile of
 * static keys gets session credentials with it (GetSessionToken), as IAM policies with
 * {@code aws:MultiFactorAuthPresent} require. The code is asked for through {@link MfaCodePrompt} at
 * each refresh and kept in memory only. STS is reached at the SDK's own endpoint for the region
 * ({@code AWS_ENDPOINT_URL_STS} included), or the connection's custom endpoint.
 */
final class MfaCredentials {

    private final Supplier<ProfileFile> files;
    private final MfaCodePrompt mfa;
    private final ConnectionSpec spec;

    MfaCredentials(Supplier<ProfileFile> files, MfaCodePrompt mfa, ConnectionSpec spec) {
        this.files = files;
        this.mfa = mfa;
        this.spec = spec;
    }

    AwsCredentialsProvider assumeRole(Profile profile, String serial) {
        String roleArn = profile.property(ProfileProperty.ROLE_ARN).orElseThrow();
        String sourceName = profile.property(ProfileProperty.SOURCE_PROFILE).orElseThrow(() -> SdkClientException.create(
                "Profile " + profile.name() + " has mfa_serial and role_arn but no source_profile"));
        int duration = profile.property(ProfileProperty.DURATION_SECONDS).map(Integer::parseInt).orElse(3600);
        String sessionName = profile.property(ProfileProperty.ROLE_SESSION_NAME).orElse("lifeboat");
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts(sourceName))
                .refreshRequest(() -> {
                    AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
                            .roleArn(roleArn).roleSessionName(sessionName).durationSeconds(duration)
                            .serialNumber(serial).tokenCode(code(profile, serial, "assume " + roleArn));
                    profile.property(ProfileProperty.EXTERNAL_ID).ifPresent(request::externalId);
                    return request.build();
                })
                .build();
    }

    /**
     * Static keys with mfa_serial: session credentials from GetSessionToken (12 hours by default), asked
     * again with a new code shortly before they expire. The SDK's own GetSessionToken provider takes one
     * fixed request, so its refresh would resend a code long expired.
     */
    AwsCredentialsProvider sessionToken(Profile profile, String serial) {
        int duration = profile.property(ProfileProperty.DURATION_SECONDS).map(Integer::parseInt).orElse(43_200);
        StsClient sts = sts(profile.name());
        return new SessionCredentials(sts, () -> GetSessionTokenRequest.builder().durationSeconds(duration)
                .serialNumber(serial).tokenCode(code(profile, serial, "get session credentials")).build());
    }

    /** Cached session credentials, renewed five minutes before they expire; closing closes the STS client. */
    private static final class SessionCredentials implements AwsCredentialsProvider, AutoCloseable {
        private final StsClient sts;
        private final Supplier<GetSessionTokenRequest> request;
        private AwsSessionCredentials current;
        private Instant expires = Instant.MIN;

        SessionCredentials(StsClient sts, Supplier<GetSessionTokenRequest> request) {
            this.sts = sts;
            this.request = request;
        }

        @Override
        public synchronized AwsCredentials resolveCredentials() {
            if (current == null || Instant.now().isAfter(expires.minus(Duration.ofMinutes(5)))) {
                Credentials session = sts.getSessionToken(request.get()).credentials();
                current = AwsSessionCredentials.create(session.accessKeyId(), session.secretAccessKey(),
                        session.sessionToken());
                expires = session.expiration();
            }
            return current;
        }

        @Override
        public void close() {
            sts.close();
        }
    }

    /** An STS client signing with the profile's own keys, ignoring its mfa_serial. */
    private StsClient sts(String sourceProfile) {
        AwsCredentialsProvider source = ProfileCredentialsProvider.builder()
                .profileFile(files.get()).profileName(sourceProfile).build();
        var builder = StsClient.builder().credentialsProvider(source).region(Region.of(spec.region()));
        if (spec.endpoint() != null) {
            builder.endpointOverride(spec.endpoint());
        }
        return builder.build();
    }

    private String code(Profile profile, String serial, String purpose) {
        String code = mfa.codeFor(profile.name(), serial);
        if (code == null || code.isBlank()) {
            throw SdkClientException.create("An MFA code is needed to " + purpose + " with profile " + profile.name());
        }
        return code.trim();
    }
}
