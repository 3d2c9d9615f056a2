package io.lifeboat.aws.sandbox;

import software.amazon.awssdk.services.ec2.Ec2Client;

/** The sandbox's ec2: not implemented yet (in progress on a branch). */
final class SandboxEc2Client implements Ec2Client {

    SandboxEc2Client(SandboxAccount account, String region) {
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
