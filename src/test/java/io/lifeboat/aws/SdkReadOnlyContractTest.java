package io.lifeboat.aws;

import io.lifeboat.aws.guard.ReadOnlyModeException;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-only mode inside the SDK's own pipeline: a real client reached without its guarded client (as
 * code that forgot it would) still cannot send a mutating request, for each service.
 */
@ContractTest
class SdkReadOnlyContractTest {

    @Test
    void unguardedRealClientsRefuseMutatingCallsInReadOnlyMode(Moto moto) {
        try (SdkServiceClients raw = new SdkServiceClients(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")),
                moto.server().endpoint(), ClientTuning.noRetries(), () -> true, List.of())) {
            assertThatThrownBy(() -> raw.ec2("eu-west-3").createVolume(r -> r.availabilityZone("eu-west-3a").size(8)))
                    .isInstanceOf(ReadOnlyModeException.class);
            assertThatThrownBy(() -> raw.ssm("eu-west-3").sendCommand(r -> r.documentName("AWS-RunShellScript")
                    .instanceIds("i-0123456789abcdef0")))
                    .isInstanceOf(ReadOnlyModeException.class);
            assertThatThrownBy(() -> raw.rds("eu-west-3").createDBCluster(r -> r.dbClusterIdentifier("x")
                    .engine("aurora-mysql").masterUsername("admin").masterUserPassword("password123")))
                    .isInstanceOf(ReadOnlyModeException.class);
            assertThatThrownBy(() -> raw.route53().createHostedZone(r -> r.name("example.com").callerReference("1")))
                    .isInstanceOf(ReadOnlyModeException.class);
            // Reads still work.
            raw.ec2("eu-west-3").describeVolumes();
            raw.route53().listHostedZones();
        }
    }
}
