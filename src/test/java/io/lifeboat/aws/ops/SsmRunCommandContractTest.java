package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

/**
 * The Run Command scenario on Moto 5.2.1. Moto has no managed-node model (every EC2 instance is a
 * target), runs nothing (Success at once, empty output) and preloads no documents. Rate control,
 * MaxErrors, cancel, the invocation race, outputs and the unmanaged-instance preview are covered by
 * SsmRunCommandSandboxTest and the sandbox SSM tests.
 */
@ContractTest
class SsmRunCommandContractTest extends SsmRunCommandScenario {

    private Connection connection;

    @BeforeEach
    void connect(Moto moto) {
        connection = moto.connect(REGION);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    List<String> webInstances() {
        Ec2Client ec2 = connection.clients().ec2(REGION);
        List<String> web = new ArrayList<>();
        for (String role : List.of("web", "web", "db")) {
            Instance instance = ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").instanceType("t3.micro")
                    .minCount(1).maxCount(1).tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE)
                            .tags(Tag.builder().key("Role").value(role).build()))).instances().get(0);
            if (role.equals("web")) {
                web.add(instance.instanceId());
            }
        }
        return web;
    }

    @Override
    void elapse(Duration duration) {
        // Nothing is ever in progress on Moto.
    }

    @Override
    void assertOutput(GetCommandInvocationResponse invocation) {
        // Moto gap: invocations carry no output.
        assertThat(invocation.standardOutputContent()).isEmpty();
    }

    // These document the gaps (they fail once Moto implements the call, so the sandbox-only coverage can
    // move here); they do not claim the feature works on Moto.

    @Test
    void motoGap_describeInstanceInformationIsNotImplemented() {
        assertNotImplemented(() -> ssm().describeInstanceInformation(r -> r.maxResults(5)));
    }

    @Test
    void motoGap_listCommandInvocationsIsNotImplemented() {
        assertNotImplemented(() -> ssm().listCommandInvocations(r -> r.maxResults(5)));
    }

    @Test
    void motoGap_cancelCommandIsNotImplemented() {
        assertNotImplemented(() -> ssm().cancelCommand(r -> r.commandId("00000000-0000-0000-0000-000000000000")));
    }

    private static void assertNotImplemented(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AwsServiceException.class)
                .satisfies(e -> assertThat(((AwsServiceException) e).statusCode()).isEqualTo(500));
    }
}
