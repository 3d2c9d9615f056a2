package io.lifeboat.aws.sandbox.ec2;

import static io.lifeboat.aws.sandbox.ec2.Ec2Assertions.assertEc2Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Filter;

class FilterSetTest {

    record Thing(String id, String state, List<String> devices, Map<String, String> tags) {
    }

    private static final FilterSet<Thing> SET = FilterSet.<Thing>builder()
            .tags(Thing::tags)
            .field("id", Thing::id)
            .field("state", Thing::state)
            .fields("device", Thing::devices)
            .build();

    private static final Thing WEB = new Thing("a", "running", List.of("/dev/xvda", "/dev/xvdf"),
            Map.of("Backup", "Yes", "Name", "web-01"));
    private static final Thing DB = new Thing("b", "stopped", List.of("/dev/xvda"), Map.of("Backup", "No"));
    private static final Thing BARE = new Thing("c", null, List.of(), Map.of());

    private static List<String> matching(Filter... filters) {
        Predicate<Thing> predicate = SET.compile(List.of(filters));
        return List.of(WEB, DB, BARE).stream().filter(predicate).map(Thing::id).toList();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    @Test
    void noFiltersMatchEverything() {
        assertThat(matching()).containsExactly("a", "b", "c");
    }

    @Test
    void severalValuesOfOneFilterAreOr() {
        assertThat(matching(filter("state", "running", "stopped"))).containsExactly("a", "b");
    }

    @Test
    void severalFiltersAreAnd() {
        assertThat(matching(filter("state", "running", "stopped"), filter("tag:Backup", "No"))).containsExactly("b");
    }

    @Test
    void aMultiValuedFieldMatchesWhenAnyOfItsValuesDoes() {
        assertThat(matching(filter("device", "/dev/xvdf"))).containsExactly("a");
        assertThat(matching(filter("device", "/dev/xvd?"))).containsExactly("a", "b");
    }

    @Test
    void tagFilterUsesTheExactKeyAndWildcardValues() {
        assertThat(matching(filter("tag:Backup", "Yes"))).containsExactly("a");
        assertThat(matching(filter("tag:backup", "Yes"))).isEmpty();
        assertThat(matching(filter("tag:Backup", "*"))).containsExactly("a", "b");
        assertThat(matching(filter("tag:Name", "web-??"))).containsExactly("a");
    }

    @Test
    void tagKeyAndTagValueLookAtAnyTag() {
        assertThat(matching(filter("tag-key", "Name"))).containsExactly("a");
        assertThat(matching(filter("tag-key", "Back*"))).containsExactly("a", "b");
        assertThat(matching(filter("tag-value", "No", "web-*"))).containsExactly("a", "b");
    }

    @Test
    void aResourceWithoutTheFieldMatchesNoValue() {
        assertThat(matching(filter("state", "*"))).containsExactly("a", "b");
    }

    @Test
    void aFilterWithNoValuesMatchesNothing() {
        assertThat(matching(filter("state"))).isEmpty();
    }

    @Test
    void anUnknownFilterNameIsRefusedLikeAwsDoes() {
        assertEc2Error(() -> SET.compile(List.of(filter("colour", "red"))), "InvalidParameterValue")
                .hasMessageContaining("The filter 'colour' is invalid");
    }

    @Test
    void aSetWithoutTagsRefusesTagFilters() {
        FilterSet<Thing> untagged = FilterSet.<Thing>builder().field("id", Thing::id).build();
        assertEc2Error(() -> untagged.compile(List.of(filter("tag:Backup", "Yes"))), "InvalidParameterValue");
    }

    @Test
    void ec2FilterSetsKnowTheNamesLifeboatUses() {
        for (String name : List.of("instance-id", "instance-state-name", "availability-zone", "platform", "instance-type",
                "tag:Backup", "tag-key", "tag-value")) {
            Ec2Filters.INSTANCES.compile(List.of(filter(name, "x")));
        }
        for (String name : List.of("volume-id", "attachment.instance-id", "attachment.device", "attachment.status",
                "status", "availability-zone", "volume-type", "encrypted", "size", "snapshot-id")) {
            Ec2Filters.VOLUMES.compile(List.of(filter(name, "x")));
        }
        for (String name : List.of("snapshot-id", "volume-id", "owner-id", "status", "description", "progress",
                "start-time")) {
            Ec2Filters.SNAPSHOTS.compile(List.of(filter(name, "x")));
        }
        for (String name : List.of("image-id", "block-device-mapping.snapshot-id", "name")) {
            Ec2Filters.IMAGES.compile(List.of(filter(name, "x")));
        }
    }
}
