package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.tasks.TaskContext;
import java.util.Optional;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.NoSuchChangeException;
import software.amazon.awssdk.services.route53.model.Route53Exception;

/**
 * Switching the CNAME to the restored database and back. The previous value and TTL are saved in
 * the job before the UPSERT is sent, so whatever happens next, a revert knows what to put back; each
 * change is read back with GetChange until Route53 reports it INSYNC.
 */
final class CutoverSteps {

    private final Route53Client route53;
    private final DnsZones zones;
    private final WaitPace pace;

    CutoverSteps(Route53Client route53, DnsZones zones, WaitPace pace) {
        this.route53 = route53;
        this.zones = zones;
        this.pace = pace;
    }

    String switchOver(JobProgress progress, int step, String endpoint, TaskContext context) {
        CutoverTarget target = progress.job().cutover().target();
        if (progress.job().cutover().previous() == null) {
            DnsRecord current = zones.cname(target.zoneId(), target.recordName()).orElseThrow(() ->
                    new ProblemException(new Problem(Problem.Kind.NOT_FOUND, "NoSuchRecord", "There is no CNAME named "
                            + target.recordName() + " in " + target.zoneName() + " to switch.",
                            "Create it first (applications must already use it), or pick another record.")));
            progress.cutover(c -> c.withPrevious(current, endpoint));
        }
        Cutover cutover = progress.job().cutover();
        if (cutover.switchChangeId() == null || !known(cutover.switchChangeId())) {
            ChangeInfo change = route53.changeResourceRecordSets(RestoreRequests.upsert(progress.job().plan(), target,
                    endpoint, cutover.previous().ttl(), "cutover to " + progress.job().plan().targetId())).changeInfo();
            progress.cutover(c -> c.switching(change.id()));
        }
        progress.detail(step, target.recordName() + " → " + endpoint + ", waiting for Route53");
        awaitInSync(progress.job().cutover().switchChangeId(), context);
        progress.cutover(c -> c.switched(progress.now()));
        return target.recordName() + " → " + endpoint + " (was " + cutover.previous().value() + ", TTL "
                + cutover.previous().ttl() + " s)";
    }

    /**
     * Puts the previous value back. Refused when the record no longer points at the restored database
     * (someone changed it since), unless {@code evenIfChanged}.
     */
    void revert(JobProgress progress, boolean evenIfChanged, TaskContext context) {
        Cutover cutover = progress.job().cutover();
        if (cutover == null || cutover.previous() == null) {
            throw new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, "NothingToRevert", "Job "
                    + progress.job().id() + " switched no DNS record.", null));
        }
        if (cutover.state() == Cutover.State.REVERTED) {
            throw new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, "AlreadyReverted",
                    cutover.target().recordName() + " was already reverted to " + cutover.previous().value() + ".", null));
        }
        if (cutover.revertChangeId() == null || !known(cutover.revertChangeId())) {
            Optional<DnsRecord> now = zones.cname(cutover.target().zoneId(), cutover.target().recordName());
            String value = now.map(DnsRecord::value).orElse(null);
            if (!evenIfChanged && cutover.newValue() != null && !cutover.newValue().equals(value)) {
                throw new RecordChangedException(new Problem(Problem.Kind.INVALID_INPUT, "RecordChangedSinceCutover",
                        cutover.target().recordName() + (value == null ? " no longer exists" : " now points to " + value)
                                + ", not to " + cutover.newValue() + " where the cutover put it: it was changed since.",
                        "Revert anyway to put back " + cutover.previous().value() + ", or leave it as it is."));
            }
            ChangeInfo change = route53.changeResourceRecordSets(RestoreRequests.upsert(progress.job().plan(),
                    cutover.target(), cutover.previous().value(), cutover.previous().ttl(), "revert the cutover"))
                    .changeInfo();
            progress.cutover(c -> c.reverting(change.id()));
        }
        awaitInSync(progress.job().cutover().revertChangeId(), context);
        progress.cutover(c -> c.reverted(progress.now()));
    }

    private void awaitInSync(String changeId, TaskContext context) {
        Polling.until(ChangeInfo.class, pace.forDns(), context,
                () -> route53.getChange(r -> r.id(changeId)).changeInfo(),
                info -> info.status() == ChangeStatus.INSYNC, info -> null, "change " + changeId + " to be INSYNC");
    }

    /** Route53 forgets changes after a while; an unknown one is sent again (an UPSERT of the same value). */
    private boolean known(String changeId) {
        try {
            route53.getChange(r -> r.id(changeId));
            return true;
        } catch (NoSuchChangeException e) {
            return false;
        } catch (Route53Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
