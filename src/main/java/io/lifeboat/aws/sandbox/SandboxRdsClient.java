package io.lifeboat.aws.sandbox;

import software.amazon.awssdk.services.rds.RdsClient;

/** The sandbox's rds: not implemented yet (in progress on a branch). */
final class SandboxRdsClient implements RdsClient {

    SandboxRdsClient(SandboxAccount account, String region) {
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
