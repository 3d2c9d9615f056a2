package io.lifeboat.backup;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.backup.DeletionOutcome.Status;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Deletes one due snapshot, retrying throttling and transient errors. An AMI registered since the
 * plan makes the call fail with {@code InvalidSnapshot.InUse}: the snapshot is skipped, naming the AMI.
 * A snapshot already gone is fine: after a lost answer it is most likely our own deletion.
 */
final class SnapshotPruner {

    private static final Pattern AMI = Pattern.compile("ami-[0-9a-f]+");

    private final Ec2Client ec2;
    private final Backoff backoff;

    SnapshotPruner(Ec2Client ec2, Backoff backoff) {
        this.ec2 = ec2;
        this.backoff = backoff;
    }

    DeletionOutcome delete(SnapshotDeletion due) throws InterruptedException {
        boolean mayBeDone = false;
        for (int attempt = 1; ; attempt++) {
            try {
                ec2.deleteSnapshot(r -> r.snapshotId(due.snapshotId()));
                return outcome(due, Status.DELETED, null, null, attempt);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // Cancelled while waiting for the region's pace or during the call: the next run finds what was made.
                    throw new InterruptedException();
                }
                String code = AwsErrors.errorCode(e);
                if ("InvalidSnapshot.InUse".equals(code)) {
                    Matcher ami = AMI.matcher(AwsErrors.message(e));
                    return outcome(due, Status.IN_USE, "Skipped: in use by " + (ami.find() ? ami.group() : "an AMI")
                            + " (registered since the plan); deregister it first.", null, attempt);
                }
                if ("InvalidSnapshot.NotFound".equals(code)) {
                    return mayBeDone
                            ? outcome(due, Status.DELETED, "Deleted by an earlier attempt whose answer was lost.", null, attempt)
                            : outcome(due, Status.ALREADY_GONE, "Already deleted before this run reached it.", null, attempt);
                }
                Problem problem = AwsErrors.describe(e);
                if (!problem.transientError() || attempt >= backoff.maxAttempts()) {
                    return outcome(due, Status.FAILED, null, problem, attempt);
                }
                mayBeDone |= SnapshotCreator.mayHaveRun(problem);
                backoff.pause(attempt);
            }
        }
    }

    static DeletionOutcome outcome(SnapshotDeletion due, Status status, String detail, Problem problem, int attempts) {
        return new DeletionOutcome(due.region(), due.snapshotId(), due.volumeId(), due.sizeGiB(), status, detail, problem,
                attempts);
    }
}
