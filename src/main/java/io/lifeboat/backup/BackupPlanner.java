package io.lifeboat.backup;

import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.volumes.BackupPolicies;
import io.lifeboat.volumes.VolumeInventory;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plans a backup run from the inventory alone: pure, no calls, the same on the desktop, in the CLI
 * and in AWS Lambda. Each volume's policy comes from {@link BackupPolicies} through
 * {@link VolumeInventory}, exactly as the Volumes view shows it, so what the view calls protected is
 * what gets snapshotted. {@code DeleteOn} dates are UTC days, whatever the machine's zone; whether a
 * volume is done tonight is a matter of hours ({@link BackupDay}), not of which side of midnight a run falls.
 */
public final class BackupPlanner {

    private BackupPlanner() {
    }

    public static BackupPlan plan(List<RegionInventory> regions, BackupSettings settings, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        VolumeInventory volumes = new VolumeInventory(new BackupPolicies(settings.convention()),
                Clock.fixed(now, ZoneOffset.UTC));
        CreatePlanner creates = new CreatePlanner(settings, now);
        PrunePlanner prunes = new PrunePlanner(settings.keepNewest(), today);
        PlanParts parts = new PlanParts();
        for (RegionInventory region : regions) {
            List<VolumeRecord> rows = volumes.records(region);
            creates.plan(region, rows, parts);
            prunes.plan(region, rows.stream().filter(r -> r.policy().backedUp()).map(VolumeRecord::volumeId)
                    .collect(Collectors.toSet()), parts);
        }
        return new BackupPlan(settings.policyName(), now, today, regions.stream().map(RegionInventory::region).toList(),
                parts.creates, parts.deletions, parts.skips, parts.misconfigurations, Map.of());
    }
}
