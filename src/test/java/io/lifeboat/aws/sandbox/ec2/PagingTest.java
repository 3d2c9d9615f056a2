package io.lifeboat.aws.sandbox.ec2;

import static io.lifeboat.aws.sandbox.ec2.Ec2Assertions.assertEc2Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static List<Long> items(long count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    private static List<List<Long>> allPages(Paging.Limits limits, List<Long> items, Integer maxResults) {
        List<List<Long>> pages = new ArrayList<>();
        String token = null;
        do {
            Paging.Page<Long> page = Paging.page(limits, items, Long::longValue, maxResults, token);
            pages.add(page.items());
            token = page.nextToken();
        } while (token != null);
        return pages;
    }

    @Test
    void withoutMaxResultsEverythingComesInOnePage() {
        Paging.Page<Long> page = Paging.page(Paging.SNAPSHOTS, items(2500), Long::longValue, null, null);
        assertThat(page.items()).hasSize(2500);
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void maxResultsSplitsIntoPagesInOrderWithoutGapsOrRepeats() {
        List<List<Long>> pages = allPages(Paging.INSTANCES, items(12), 5);
        assertThat(pages).hasSize(3);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(items(12));
    }

    @Test
    void anExactMultipleEndsWithoutAnEmptyPage() {
        assertThat(allPages(Paging.INSTANCES, items(10), 5)).hasSize(2);
        assertThat(allPages(Paging.INSTANCES, List.of(), 5)).containsExactly(List.of());
    }

    @Test
    void volumesAndSnapshotsCapLargePagesInsteadOfRefusing() {
        Paging.validate(Paging.VOLUMES, 1000, false, "volumeSet");
        assertThat(Paging.page(Paging.VOLUMES, items(1200), Long::longValue, 1000, null).items()).hasSize(500);
        Paging.validate(Paging.SNAPSHOTS, 5000, false, "snapshotSet");
        assertThat(Paging.page(Paging.SNAPSHOTS, items(1200), Long::longValue, 5000, null).items()).hasSize(1000);
    }

    @Test
    void maxResultsOutOfRangeIsInvalidParameterValue() {
        assertEc2Error(() -> Paging.validate(Paging.VOLUMES, 4, false, "volumeSet"), "InvalidParameterValue")
                .hasMessageContaining("Value ( 4 ) for parameter maxResults is invalid");
        assertEc2Error(() -> Paging.validate(Paging.INSTANCES, 0, false, "instancesSet"), "InvalidParameterValue");
        assertEc2Error(() -> Paging.validate(Paging.INSTANCES, 1001, false, "instancesSet"), "InvalidParameterValue");
        Paging.validate(Paging.INSTANCES, 5, false, "instancesSet");
        Paging.validate(Paging.INSTANCES, 1000, false, "instancesSet");
    }

    @Test
    void maxResultsWithExplicitIdsIsInvalidParameterCombination() {
        assertEc2Error(() -> Paging.validate(Paging.INSTANCES, 5, true, "instancesSet"), "InvalidParameterCombination")
                .hasMessageStartingWith("The parameter instancesSet cannot be used with the parameter maxResults");
        Paging.validate(Paging.INSTANCES, null, true, "instancesSet");
    }

    @Test
    void aTokenNotMadeByTheSameOperationIsRefused() {
        String volumesToken = Paging.page(Paging.VOLUMES, items(10), Long::longValue, 5, null).nextToken();
        assertEc2Error(() -> Paging.page(Paging.SNAPSHOTS, items(10), Long::longValue, 5, volumesToken),
                "InvalidParameterValue").hasMessageContaining("NextToken");
        assertEc2Error(() -> Paging.page(Paging.VOLUMES, items(10), Long::longValue, 5, "not-a-token!"),
                "InvalidParameterValue");
        String forged = java.util.Base64.getUrlEncoder().encodeToString("sandbox:DescribeVolumes:x".getBytes());
        assertEc2Error(() -> Paging.page(Paging.VOLUMES, items(10), Long::longValue, 5, forged), "InvalidParameterValue");
    }

    @Test
    void pagesStayStableWhenItemsAreDeletedOrAddedBetweenCalls() {
        List<Long> before = new ArrayList<>(items(10));
        Paging.Page<Long> first = Paging.page(Paging.INSTANCES, before, Long::longValue, 5, null);
        List<Long> after = new ArrayList<>(before);
        after.remove(Long.valueOf(6));   // the first item of the next page is gone
        after.remove(Long.valueOf(2));   // and one already seen
        after.add(11L);                  // a new one arrives at the end
        Paging.Page<Long> second = Paging.page(Paging.INSTANCES, after, Long::longValue, 5, first.nextToken());
        assertThat(first.items()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(second.items()).containsExactly(7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void filteredPagesAreFullAndTheLastOneHasNoToken() {
        List<Long> items = items(30);
        List<Long> even = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Paging.Page<Long> page = Paging.page(Paging.SNAPSHOTS, items, Long::longValue, n -> n % 2 == 0, 5, token);
            assertThat(page.items()).hasSize(5);
            even.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(even).isEqualTo(items.stream().filter(n -> n % 2 == 0).toList());
    }

    @Test
    void aPageStopsFilteringAtTheFirstMatchPastIt() {
        java.util.concurrent.atomic.AtomicInteger tested = new java.util.concurrent.atomic.AtomicInteger();
        Paging.page(Paging.SNAPSHOTS, items(10_000), Long::longValue, n -> tested.incrementAndGet() > 0, 5, null);
        assertThat(tested).hasValue(6);
    }
}
