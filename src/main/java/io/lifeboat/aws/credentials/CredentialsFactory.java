package io.lifeboat.aws.credentials;

import io.lifeboat.aws.ConnectionSpec;
import java.net.URI;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * Credentials for a connection, always through the SDK's own providers (SSO, role_arn with
 * source_profile, credential_process, static keys, the default chain). The one addition is MFA for
 * role profiles ({@code mfa_serial}), which the SDK v2 profile provider does not prompt for
 * (aws-sdk-java-v2#995): the code is asked for at each refresh and kept in memory only.
 */
public final class CredentialsFactory {

    private final Supplier<ProfileFile> files;
    private final MfaCodePrompt mfa;

    public CredentialsFactory(Supplier<ProfileFile> files, MfaCodePrompt mfa) {
        this.files = files;
        this.mfa = mfa;
    }

    public AwsCredentialsProvider forSpec(ConnectionSpec spec) {
        return switch (spec.kind()) {
            case DEFAULT_CHAIN -> DefaultCredentialsProvider.builder().build();
            case PROFILE -> forProfile(spec);
            case SANDBOX -> throw new IllegalArgumentException("The sandbox needs no credentials");
        };
    }

    private AwsCredentialsProvider forProfile(ConnectionSpec spec) {
        ProfileFile file = files.get();
        Profile profile = file.profile(spec.profile()).orElseThrow(() -> SdkClientException.create(
                "Profile " + spec.profile() + " contained no credentials: it is not in ~/.aws/config or ~/.aws/credentials"));
        if (profile.property(ProfileProperty.ROLE_ARN).isPresent()
                && profile.property(ProfileProperty.MFA_SERIAL).isPresent()) {
            return mfaRole(spec, profile);
        }
        return ProfileCredentialsProvider.builder().profileFile(file).profileName(spec.profile()).build();
    }

    private AwsCredentialsProvider mfaRole(ConnectionSpec spec, Profile profile) {
        String serial = profile.property(ProfileProperty.MFA_SERIAL).orElseThrow();
        String roleArn = profile.property(ProfileProperty.ROLE_ARN).orElseThrow();
        String sourceName = profile.property(ProfileProperty.SOURCE_PROFILE).orElseThrow(() -> SdkClientException.create(
                "Profile " + profile.name() + " has mfa_serial and role_arn but no source_profile"));
        AwsCredentialsProvider source = ProfileCredentialsProvider.builder()
                .profileFile(files.get()).profileName(sourceName).build();
        var stsBuilder = StsClient.builder().credentialsProvider(source).region(Region.of(spec.region()));
        if (spec.endpoint() != null) {
            stsBuilder.endpointOverride(URI.create(spec.endpoint().toString()));
        }
        StsClient sts = stsBuilder.build();
        int duration = profile.property(ProfileProperty.DURATION_SECONDS).map(Integer::parseInt).orElse(3600);
        String sessionName = profile.property(ProfileProperty.ROLE_SESSION_NAME).orElse("lifeboat");
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(() -> {
                    String code = mfa.codeFor(profile.name(), serial);
                    if (code == null || code.isBlank()) {
                        throw SdkClientException.create("An MFA code is needed to assume " + roleArn
                                + " with profile " + profile.name());
                    }
                    AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
                            .roleArn(roleArn).roleSessionName(sessionName).durationSeconds(duration)
                            .serialNumber(serial).tokenCode(code.trim());
                    profile.property(ProfileProperty.EXTERNAL_ID).ifPresent(request::externalId);
                    return request.build();
                })
                .build();
    }
}
