package io.lifeboat.backup;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone's yes to a plan's deletions: the GUI's confirmation (which states the count), the CLI's
 * {@code --yes} or prompt, the Lambda's deployment ({@code LIFEBOAT_PRUNE}). The runner deletes only
 * with an approval of exactly the plan it runs, so a yes given to one plan never deletes what a newer
 * plan found.
 */
public record DeletionApproval(int count, Set<String> snapshotIds) {

    public DeletionApproval {
        snapshotIds = Set.copyOf(snapshotIds);
    }

    public static DeletionApproval of(BackupPlan plan) {
        return new DeletionApproval(plan.deletions().size(),
                plan.deletions().stream().map(SnapshotDeletion::snapshotId).collect(Collectors.toSet()));
    }

    public boolean matches(BackupPlan plan) {
        return count == plan.deletions().size() && snapshotIds.equals(of(plan).snapshotIds());
    }
}
