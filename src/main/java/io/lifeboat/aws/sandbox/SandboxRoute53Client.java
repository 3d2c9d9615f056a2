package io.lifeboat.aws.sandbox;

import software.amazon.awssdk.services.route53.Route53Client;

/** The sandbox's route53: not implemented yet (in progress on a branch). */
final class SandboxRoute53Client implements Route53Client {

    SandboxRoute53Client(SandboxAccount account) {
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
