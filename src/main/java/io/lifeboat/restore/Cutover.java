package io.lifeboat.restore;

import java.time.Instant;

/**
 * A DNS cutover as it happened: the CNAME, what it pointed to before (recorded before the switch, so a
 * revert can always put it back), what it points to now, and Route53's change ids.
 *
 * @param previous the record before the switch, {@code null} until it was read
 * @param newValue the restored database's writer endpoint, {@code null} until known
 */
public record Cutover(CutoverTarget target, DnsRecord previous, String newValue, String switchChangeId,
                      Instant switchedAt, String revertChangeId, Instant revertedAt) {

    public enum State { PLANNED, SWITCHING, SWITCHED, REVERTING, REVERTED }

    public static Cutover planned(CutoverTarget target) {
        return new Cutover(target, null, null, null, null, null, null);
    }

    public State state() {
        if (revertedAt != null) {
            return State.REVERTED;
        }
        if (revertChangeId != null) {
            return State.REVERTING;
        }
        if (switchedAt != null) {
            return State.SWITCHED;
        }
        return switchChangeId != null || previous != null ? State.SWITCHING : State.PLANNED;
    }

    Cutover withPrevious(DnsRecord record, String value) {
        return new Cutover(target, record, value, switchChangeId, switchedAt, revertChangeId, revertedAt);
    }

    Cutover switching(String changeId) {
        return new Cutover(target, previous, newValue, changeId, switchedAt, revertChangeId, revertedAt);
    }

    Cutover switched(Instant at) {
        return new Cutover(target, previous, newValue, switchChangeId, at, revertChangeId, revertedAt);
    }

    Cutover reverting(String changeId) {
        return new Cutover(target, previous, newValue, switchChangeId, switchedAt, changeId, null);
    }

    Cutover reverted(Instant at) {
        return new Cutover(target, previous, newValue, switchChangeId, switchedAt, revertChangeId, at);
    }
}
