package io.lifeboat.testing;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Guarded connections to a sandbox account, as the app opens them. The sandbox STS client is built on
 * another branch; until it lands, GetCallerIdentity is answered here so that Connector can identify.
 */
public final class SandboxConnections {

    private SandboxConnections() {
    }

    public static Connection connect(SandboxAccount account, String region, boolean readOnly) {
        return Connector.builder()
                .sandbox(spec -> new WithIdentity(new SandboxServiceClients(account)))
                .build()
                .connect(ConnectionSpec.sandbox(region, readOnly));
    }

    private record WithIdentity(SandboxServiceClients sandbox) implements ServiceClients {

        @Override
        public Ec2Client ec2(String region) {
            return sandbox.ec2(region);
        }

        @Override
        public SsmClient ssm(String region) {
            return sandbox.ssm(region);
        }

        @Override
        public RdsClient rds(String region) {
            return sandbox.rds(region);
        }

        @Override
        public Route53Client route53() {
            return sandbox.route53();
        }

        @Override
        public StsClient sts(String region) {
            return new StsClient() {
                @Override
                public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
                    return GetCallerIdentityResponse.builder().account(SandboxAccount.ACCOUNT_ID)
                            .arn(SandboxAccount.CALLER_ARN).userId("AIDASANDBOXOPERATOR").build();
                }

                @Override
                public String serviceName() {
                    return SERVICE_NAME;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() {
            sandbox.close();
        }
    }
}
