package io.lifeboat.aws.sandbox;

import software.amazon.awssdk.services.sts.StsClient;

/** The sandbox's sts: not implemented yet (in progress on a branch). */
final class SandboxStsClient implements StsClient {

    SandboxStsClient(SandboxAccount account) {
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
