package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Target resolution and reachability: pure functions of EC2's and SSM's facts and the document's platforms. */
class TargetResolverTest {

    private static final Instant LAST_PING = Instant.parse("2025-03-07T08:00:00Z");

    private static FleetInstance instance(String id, String name, String platform, String state, String ping,
                                          boolean profile, Map<String, String> tags) {
        FleetInstance.SsmNode node = ping == null ? null : new FleetInstance.SsmNode(ping, "3.3.1142.0",
                platform.equals("Windows") ? "Microsoft Windows Server 2022" : "Amazon Linux 2023", LAST_PING);
        return new FleetInstance("eu-west-3", id, name, platform, state, node, profile, tags);
    }

    private final FleetInstance web1 = instance("i-01", "web-1", "Linux", "running", "Online", true,
            Map.of("Role", "web", "Env", "prod"));
    private final FleetInstance web2 = instance("i-02", "web-2", "Linux", "running", "Online", true,
            Map.of("Role", "web", "Env", "staging"));
    private final FleetInstance noProfile = instance("i-03", "web-3", "Linux", "running", null, false,
            Map.of("Role", "web", "Env", "prod"));
    private final FleetInstance noAgent = instance("i-04", "web-4", "Linux", "running", null, true,
            Map.of("Role", "web", "Env", "prod"));
    private final FleetInstance lost = instance("i-05", "web-5", "Linux", "running", "ConnectionLost", true,
            Map.of("Role", "web", "Env", "prod"));
    private final FleetInstance stopped = instance("i-06", "web-6", "Linux", "stopped", "ConnectionLost", true,
            Map.of("Role", "web", "Env", "prod"));
    private final FleetInstance windows = instance("i-07", "iis-1", "Windows", "running", "Online", true,
            Map.of("Role", "web", "Env", "prod"));
    private final FleetInstance api = instance("i-08", "api-1", "Linux", "running", "Online", true,
            Map.of("Role", "api", "Env", "prod"));
    private final FleetInstance inactive = instance("i-09", "web-9", "Linux", "running", "Inactive", true,
            Map.of("Role", "web", "Env", "prod"));
    private final List<FleetInstance> fleet = List.of(web1, web2, noProfile, noAgent, lost, stopped, windows, api,
            inactive);

    private static Targets tags(String... conditions) {
        return new Targets.ByTags(java.util.Arrays.stream(conditions).map(TagTarget::parse).toList());
    }

    @Test
    void tagConditionsAreAndedAndTheirValuesAreAlternatives() {
        assertThat(ids(TargetResolver.preview(fleet, tags("Role=web", "Env=staging"), List.of()))).containsExactly("i-02");
        assertThat(ids(TargetResolver.preview(fleet, tags("Role=web,api", "Env=prod"), List.of())))
                .containsExactlyInAnyOrder("i-01", "i-03", "i-04", "i-05", "i-06", "i-07", "i-08", "i-09");
        assertThat(ids(TargetResolver.preview(fleet, tags("Role=Web"), List.of()))).as("values compare exactly").isEmpty();
        assertThat(ids(TargetResolver.preview(fleet, tags("Owner=ops"), List.of()))).isEmpty();
    }

    @Test
    void eachUnreachableInstanceGetsItsReason() {
        TargetPreview preview = TargetResolver.preview(fleet, tags("Role=web"), List.of("Linux", "MacOS"));

        assertThat(reasons(preview)).containsEntry("i-01", List.of())
                .containsEntry("i-02", List.of())
                .containsEntry("i-03", List.of(Reachability.NO_INSTANCE_PROFILE))
                .containsEntry("i-04", List.of(Reachability.NOT_REGISTERED))
                .containsEntry("i-05", List.of(Reachability.AGENT_OFFLINE))
                .containsEntry("i-06", List.of(Reachability.NOT_RUNNING))
                .containsEntry("i-07", List.of(Reachability.WRONG_PLATFORM))
                .containsEntry("i-09", List.of(Reachability.INACTIVE));
        assertThat(row(preview, "i-03").why()).contains("no instance profile").contains("AmazonSSMManagedInstanceCore");
        assertThat(row(preview, "i-04").why()).contains("has an instance profile but SSM does not know it")
                .contains("the SSM agent is installed and running");
        assertThat(row(preview, "i-05").why()).contains("ConnectionLost since 2025-03-07T08:00:00Z")
                .contains("delivery timeout");
        assertThat(row(preview, "i-06").why()).startsWith("Instance stopped");
        assertThat(row(preview, "i-07").why()).isEqualTo("The document does not run on Windows");
    }

    @Test
    void ssmTargetsManagedInstancesOnlyAndCountsThoseItWillWaitFor() {
        TargetPreview preview = TargetResolver.preview(fleet, tags("Role=web"), List.of("Linux", "MacOS"));

        assertThat(preview.rows()).hasSize(8);
        // Not managed and Inactive ones are not targets; offline, stopped and wrong-platform ones are (and fail).
        assertThat(preview.sendableIds()).containsExactlyInAnyOrder("i-01", "i-02", "i-05", "i-06", "i-07");
        assertThat(preview.targetCount()).isEqualTo(5);
        assertThat(preview.reachedCount()).isEqualTo(2);
        assertThat(preview.neverReached()).hasSize(6);
        assertThat(preview.summary()).isEqualTo("8 instances match, 5 targeted by SSM, 2 reachable now, 6 never reached");
    }

    @Test
    void whenSsmCannotBeAskedEveryMatchCountsAsATargetSoTheConfirmationAsksForTheMost() {
        TargetPreview preview = TargetResolver.preview(fleet, tags("Role=web"), List.of("Linux"), false);
        assertThat(preview.targetCount()).isEqualTo(8);
        assertThat(reasons(preview)).containsEntry("i-03", List.of()).containsEntry("i-06", List.of(Reachability.NOT_RUNNING))
                .containsEntry("i-07", List.of(Reachability.WRONG_PLATFORM));
    }

    @Test
    void pickedInstancesKeepTheirOrderAndUnknownIdsAreNamed() {
        TargetPreview preview = TargetResolver.preview(fleet, new Targets.ByInstances(List.of("i-08", "i-03", "i-99",
                "i-08")), List.of("Linux"));
        assertThat(ids(preview)).containsExactly("i-08", "i-03");
        assertThat(preview.unknownIds()).containsExactly("i-99");
        assertThat(preview.sendableIds()).as("naming an unmanaged instance makes SendCommand refuse the call")
                .containsExactly("i-08");
    }

    @Test
    void pickedInstancesGoInBatchesOfFifty() {
        List<String> ids = java.util.stream.IntStream.range(0, 120).mapToObj(i -> "i-" + i).toList();
        assertThat(new Targets.ByInstances(ids).batches()).extracting(List::size).containsExactly(50, 50, 20);
    }

    @Test
    void tagTargetsAreReadAsKeyEqualsValues() {
        assertThat(TagTarget.parse(" Role = web , api ")).isEqualTo(new TagTarget("Role", List.of("web", "api")));
        assertThat(TagTarget.parse("tag:Env=prod")).isEqualTo(new TagTarget("Env", List.of("prod")));
        assertThatThrownBy(() -> TagTarget.parse("Role")).hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> TagTarget.parse("Role=")).hasMessageContaining("needs at least one value");
        assertThatThrownBy(() -> TagTarget.parse("=web")).hasMessageContaining("needs a key");
        assertThatThrownBy(() -> tags("A=1", "B=1", "C=1", "D=1", "E=1", "F=1")).hasMessageContaining("at most 5");
    }

    private static List<String> ids(TargetPreview preview) {
        return preview.rows().stream().map(r -> r.instance().id()).toList();
    }

    private static TargetPreview.Row row(TargetPreview preview, String id) {
        return preview.rows().stream().filter(r -> r.instance().id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, List<Reachability>> reasons(TargetPreview preview) {
        return preview.rows().stream().collect(java.util.stream.Collectors.toMap(r -> r.instance().id(),
                TargetPreview.Row::reasons));
    }
}
