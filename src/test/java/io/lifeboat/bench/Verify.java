package io.lifeboat.bench;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/** Checks a benchmark's result through the API: exactly one snapshot made tonight per volume. */
final class Verify {

    private Verify() {
    }

    /** @return {@code true}, or throws naming what is wrong */
    static boolean onePerVolume(SandboxAccount account, List<String> regions, int volumes) {
        Instant tonight = account.clock().instant();
        Map<String, Integer> perVolume = new HashMap<>();
        SandboxServiceClients clients = new SandboxServiceClients(account);
        for (String region : regions) {
            for (Snapshot s : clients.ec2(region).describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(1000))
                    .snapshots()) {
                if (!s.startTime().isBefore(tonight.minusSeconds(3600))) {
                    perVolume.merge(s.volumeId(), 1, Integer::sum);
                }
            }
        }
        long twice = perVolume.values().stream().filter(n -> n != 1).count();
        if (perVolume.size() != volumes || twice > 0) {
            throw new IllegalStateException(perVolume.size() + " volumes snapshotted tonight of " + volumes + ", " + twice
                    + " more than once");
        }
        return true;
    }
}
