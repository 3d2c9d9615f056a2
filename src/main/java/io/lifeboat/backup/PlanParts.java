package io.lifeboat.backup;

import java.util.ArrayList;
import java.util.List;

/** The lists a plan is collected into, region by region, before it becomes a {@link BackupPlan}. */
final class PlanParts {

    final List<SnapshotCreate> creates = new ArrayList<>();
    final List<SnapshotDeletion> deletions = new ArrayList<>();
    final List<PlanSkip> skips = new ArrayList<>();
    final List<Misconfiguration> misconfigurations = new ArrayList<>();
}
