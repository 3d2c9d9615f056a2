package io.lifeboat.aws.sandbox;

import software.amazon.awssdk.services.ssm.SsmClient;

/** The sandbox's ssm: not implemented yet (in progress on a branch). */
final class SandboxSsmClient implements SsmClient {

    SandboxSsmClient(SandboxAccount account, String region) {
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
