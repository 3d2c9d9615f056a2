package io.lifeboat.aws.sandbox;

import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** The sandbox's STS: says who the sandbox operator is, so connecting works as it does on AWS. */
final class SandboxStsClient implements StsClient {

    /** An IAM user id as AWS shows it (AIDA...), fixed so the audit log reads the same every run. */
    static final String USER_ID = "AIDASANDBOXOPERATOR01";

    private final SandboxAccount account;

    SandboxStsClient(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
        GetCallerIdentityResponse.Builder builder = GetCallerIdentityResponse.builder()
                .account(account.accountId())
                .arn(SandboxAccount.CALLER_ARN)
                .userId(USER_ID);
        builder.responseMetadata(SandboxResponses.metadata());
        return builder.build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
