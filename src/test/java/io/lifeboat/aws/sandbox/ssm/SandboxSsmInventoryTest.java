package io.lifeboat.aws.sandbox.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.sandbox.DemoFleet;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InstanceInformationStringFilter;
import software.amazon.awssdk.services.ssm.model.PingStatus;
import software.amazon.awssdk.services.ssm.model.PlatformType;
import software.amazon.awssdk.services.ssm.model.ResourceType;
import software.amazon.awssdk.services.ssm.model.ValidationException;

class SandboxSsmInventoryTest {

    private final SsmFixture f = new SsmFixture();

    @Test
    void listsEveryManagedInstanceAcrossPagesAndLeavesUnmanagedOnesOut() {
        List<InstanceInformation> all = f.ssm.describeInstanceInformationPaginator(r -> r.maxResults(5))
                .instanceInformationList().stream().toList();

        assertThat(all).extracting(InstanceInformation::instanceId)
                .containsExactlyInAnyOrderElementsOf(f.ids(i -> i.ssm() != DemoFleet.SsmStatus.UNMANAGED))
                .doesNotContain(f.id("prod-web-06"));
        assertThat(all).allSatisfy(i -> {
            assertThat(i.resourceType()).isEqualTo(ResourceType.EC2_INSTANCE);
            assertThat(i.agentVersion()).startsWith("3.");
            assertThat(i.lastPingDateTime()).isBefore(SsmFixture.T0.plusSeconds(1));
            assertThat(i.computerName()).isNotBlank();
            assertThat(i.ipAddress()).startsWith("10.0.");
        });
        InstanceInformation lost = all.stream().filter(i -> i.instanceId().equals(f.id("prod-worker-03"))).findFirst()
                .orElseThrow();
        assertThat(lost.pingStatus()).isEqualTo(PingStatus.CONNECTION_LOST);
        assertThat(lost.lastPingDateTime()).isBefore(SsmFixture.T0.minusSeconds(86_400));
        InstanceInformation outdated = all.stream().filter(i -> i.instanceId().equals(f.id(SsmSeed.OUTDATED_NODE)))
                .findFirst().orElseThrow();
        assertThat(outdated.isLatestVersion()).isFalse();
        assertThat(all).filteredOn(i -> i.platformType() == PlatformType.WINDOWS).isNotEmpty()
                .allSatisfy(i -> assertThat(i.platformName()).contains("Windows"));
    }

    @Test
    void lastPingOfOnlineNodesFollowsTheClock() {
        String web1 = f.id("prod-web-01");
        var before = f.ssm.describeInstanceInformation(r -> r.filters(filter("InstanceIds", web1)))
                .instanceInformationList().get(0).lastPingDateTime();
        f.advance(3600);
        var after = f.ssm.describeInstanceInformation(r -> r.filters(filter("InstanceIds", web1)))
                .instanceInformationList().get(0).lastPingDateTime();
        assertThat(after).isEqualTo(before.plusSeconds(3600));
    }

    @Test
    void filtersByTagPingStatusAndPlatform() {
        assertThat(f.ssm.describeInstanceInformationPaginator(r -> r.filters(filter("tag:Role", "web")))
                .instanceInformationList().stream().map(InstanceInformation::instanceId).toList())
                .containsExactlyInAnyOrderElementsOf(f.managedWebIds());
        assertThat(f.ssm.describeInstanceInformation(r -> r.filters(filter("PingStatus", "ConnectionLost")))
                .instanceInformationList()).extracting(InstanceInformation::instanceId)
                .containsExactly(f.id("prod-worker-03"));
        assertThat(f.ssm.describeInstanceInformation(r -> r.filters(filter("PlatformTypes", "Windows")))
                .instanceInformationList()).hasSize(4);
    }

    @Test
    void refusesPageSizesOutsideFiveToFiftyAndUnknownFilterKeys() {
        assertThatThrownBy(() -> f.ssm.describeInstanceInformation(r -> r.maxResults(4)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("greater than or equal to 5");
        assertThatThrownBy(() -> f.ssm.describeInstanceInformation(r -> r.maxResults(51)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.ssm.describeInstanceInformation(r -> r.filters(filter("Colour", "red"))))
                .isInstanceOf(software.amazon.awssdk.services.ssm.model.InvalidFilterKeyException.class);
    }

    private static InstanceInformationStringFilter filter(String key, String... values) {
        return InstanceInformationStringFilter.builder().key(key).values(values).build();
    }
}
