package io.lifeboat.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session's inventory on the demo sandbox: each region and part listed once, reloaded on demand, updated by actions. */
class InventoryCacheTest {

    private static final String PARIS = "eu-west-3";
    private static final String IRELAND = "eu-west-1";
    private static final RegionListenerNone QUIET = new RegionListenerNone();

    private final ExecutorService io = Executors.newCachedThreadPool();
    private final SandboxAccount account = SandboxAccount.withDemoFleet(SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z")));
    private final Connection connection = Connector.builder().sandbox(s -> new SandboxServiceClients(account)).build()
            .connect(ConnectionSpec.sandbox(PARIS, false));
    private final InventoryCache cache = InventoryCache.of(connection.clients(), io);

    private static final class RegionListenerNone implements InventoryLoader.RegionListener {
    }

    @AfterEach
    void close() {
        connection.close();
        io.shutdownNow();
    }

    private Map<String, Long> listings() {
        Map<String, Long> calls = new java.util.TreeMap<>(connection.calls().snapshot());
        calls.keySet().removeIf(k -> !k.startsWith("ec2:Describe") || k.endsWith("Regions"));
        return calls;
    }

    @Test
    void aRegionIsListedOnceWhoeverAsks() {
        cache.regions(List.of(PARIS, IRELAND), InventoryLoader.ALL, TaskContext.NONE, QUIET);
        Map<String, Long> first = listings();
        assertThat(first).containsOnlyKeys("ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:DescribeSnapshots",
                "ec2:DescribeImages").allSatisfy((op, n) -> assertThat(n).as(op).isEqualTo(2));

        InventoryResult again = cache.regions(List.of(PARIS), InventoryLoader.ALL, TaskContext.NONE, QUIET);
        RegionInventory instancesOnly = cache.region(IRELAND, EnumSet.of(InventoryLoader.Part.INSTANCES), TaskContext.NONE);

        assertThat(listings()).isEqualTo(first);
        assertThat(again.loaded().get(PARIS).volumes()).isNotEmpty();
        assertThat(instancesOnly.instances()).isNotEmpty();
    }

    @Test
    void onlyTheMissingPartsAreListed() {
        cache.region(PARIS, EnumSet.of(InventoryLoader.Part.INSTANCES), TaskContext.NONE);
        assertThat(listings()).containsOnlyKeys("ec2:DescribeInstances");

        RegionInventory all = cache.region(PARIS, InventoryLoader.ALL, TaskContext.NONE);

        assertThat(listings()).containsEntry("ec2:DescribeInstances", 1L).containsEntry("ec2:DescribeVolumes", 1L)
                .containsEntry("ec2:DescribeSnapshots", 1L).containsEntry("ec2:DescribeImages", 1L);
        assertThat(all.instances()).isNotEmpty();
        assertThat(all.snapshots()).isNotEmpty();
    }

    @Test
    void aReloadListsThePartsAgainKeepsTheOthersAndTellsWhoDidIt() {
        cache.region(PARIS, InventoryLoader.ALL, TaskContext.NONE);
        List<String> heard = new ArrayList<>();
        cache.addListener((region, cause) -> heard.add(region + " by " + (cause == TaskContext.NONE ? "NONE" : cause)));
        String volume = cache.cached(PARIS).orElseThrow().volumes().get(0).id();
        String made = connection.clients().ec2(PARIS).createSnapshot(r -> r.volumeId(volume)).snapshotId();

        cache.reload(List.of(PARIS), EnumSet.of(InventoryLoader.Part.SNAPSHOTS), TaskContext.NONE, QUIET);

        assertThat(listings()).containsEntry("ec2:DescribeSnapshots", 2L).containsEntry("ec2:DescribeVolumes", 1L);
        assertThat(cache.cached(PARIS).orElseThrow().snapshots()).extracting(Ec2Snapshot::id).contains(made);
        assertThat(cache.cached(PARIS).orElseThrow().volumes()).isNotEmpty();
        assertThat(heard).containsExactly(PARIS + " by NONE");
    }

    @Test
    void anUpdateChangesMemoryListsNothingAndIsHeard() {
        RegionInventory before = cache.region(PARIS, InventoryLoader.ALL, TaskContext.NONE);
        List<String> heard = new ArrayList<>();
        cache.addListener((region, cause) -> heard.add(region));
        Ec2Snapshot first = before.snapshots().get(0);
        Ec2Snapshot retagged = new Ec2Snapshot(PARIS, first.id(), first.volumeId(), first.startTime(), first.state(),
                first.progressPercent(), first.volumeSizeGiB(), first.description(), first.encrypted(), Map.of("DeleteOn", "2030-01-01"));
        Map<String, Long> listed = listings();

        cache.update(PARIS, r -> r.withSnapshots(List.of(retagged)).withoutSnapshots(Set.of(before.snapshots().get(1).id())),
                TaskContext.NONE);
        cache.update("us-west-2", r -> r.withoutSnapshots(Set.of(first.id())), TaskContext.NONE);

        RegionInventory after = cache.cached(PARIS).orElseThrow();
        assertThat(listings()).isEqualTo(listed);
        assertThat(after.snapshots()).hasSize(before.snapshots().size() - 1);
        assertThat(after.snapshots().get(0).tags()).containsEntry("DeleteOn", "2030-01-01");
        assertThat(heard).containsExactly(PARIS);
        assertThat(cache.cached("us-west-2")).isEmpty();
    }

    @Test
    void twoCallersAtOnceShareOneListing() {
        List<CompletableFuture<RegionInventory>> callers = List.of(
                CompletableFuture.supplyAsync(() -> cache.region(PARIS, InventoryLoader.ALL, TaskContext.NONE), io),
                CompletableFuture.supplyAsync(() -> cache.region(PARIS, InventoryLoader.ALL, TaskContext.NONE), io));

        assertThat(callers.get(0).join()).isSameAs(callers.get(1).join());
        assertThat(listings().values()).containsOnly(1L);
    }
}
