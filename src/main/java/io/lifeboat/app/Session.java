package io.lifeboat.app;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.Regions;
import io.lifeboat.backup.BackupService;
import io.lifeboat.backup.Sleeper;
import io.lifeboat.commands.RunCommandService;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.restore.ClusterCatalog;
import io.lifeboat.restore.DnsZones;
import io.lifeboat.restore.TargetCatalog;
import io.lifeboat.snapshots.Pacing;
import io.lifeboat.snapshots.SnapshotActions;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.VolumeService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/** One connection and the feature services bound to it; replaced as a whole when the user reconnects. */
public final class Session implements AutoCloseable {

    private final Connection connection;
    private final InventoryCache inventory;
    private final VolumeService volumes;
    private final SnapshotActions snapshotActions;
    private final RunCommandService commands;
    private final ClusterCatalog clusters;
    private final TargetCatalog restoreTargets;
    private final DnsZones dnsZones;
    private final BackupService backups;
    private volatile List<String> enabledRegions;

    Session(Connection connection, BackupConvention convention, Executor io, Pacing pacing) {
        this(connection, convention, io, InventoryCache.of(connection.clients(), io), pacing);
    }

    /**
     * On the same connection as an earlier session (new settings): its inventory and enabled regions stay,
     * nothing is listed or asked again.
     */
    Session(Session previous, BackupConvention convention, Executor io, Pacing pacing) {
        this(previous.connection, convention, io, previous.inventory, pacing);
        this.enabledRegions = previous.enabledRegions;
    }

    private Session(Connection connection, BackupConvention convention, Executor io, InventoryCache inventory,
                    Pacing pacing) {
        this.connection = connection;
        this.inventory = inventory;
        this.volumes = new VolumeService(connection.clients(), convention, inventory);
        this.snapshotActions = new SnapshotActions(connection.clients(), inventory, pacing);
        this.commands = new RunCommandService(connection.clients(), inventory, Sleeper.SYSTEM);
        this.clusters = new ClusterCatalog(connection.clients());
        this.restoreTargets = new TargetCatalog(connection.clients());
        this.dnsZones = new DnsZones(connection.clients());
        this.backups = new BackupService(connection.clients(), io);
    }

    public Connection connection() {
        return connection;
    }

    /**
     * The EC2 inventory of this session, per region, shared by Volumes, Backups, Snapshots and Run Command: one listing
     * per region and part until a Refresh; actions update it with what they changed.
     */
    public InventoryCache inventory() {
        return inventory;
    }

    public VolumeService volumes() {
        return volumes;
    }

    /** The account's enabled regions, asked once per session (DescribeRegions); call from a worker thread. */
    public List<String> enabledRegions() {
        List<String> regions = enabledRegions;
        if (regions == null) {
            synchronized (this) {
                if (enabledRegions == null) {
                    enabledRegions = Regions.enabled(connection.clients(), connection.homeRegion());
                }
                regions = enabledRegions;
            }
        }
        return regions;
    }

    /** The enabled regions if they were asked already: no call, so any thread may ask. */
    public Optional<List<String>> enabledRegionsIfKnown() {
        return Optional.ofNullable(enabledRegions);
    }

    /** Snapshot now, retention, delete, copy, restore: each updates this session's inventory. */
    public SnapshotActions snapshotActions() {
        return snapshotActions;
    }

    public RunCommandService commands() {
        return commands;
    }

    public ClusterCatalog clusters() {
        return clusters;
    }

    /** Subnet, security and parameter groups a restore can use. */
    public TargetCatalog restoreTargets() {
        return restoreTargets;
    }

    /** Private hosted zones and their CNAMEs, for a restore's DNS cutover. */
    public DnsZones dnsZones() {
        return dnsZones;
    }

    public BackupService backups() {
        return backups;
    }

    @Override
    public void close() {
        connection.close();
    }
}
