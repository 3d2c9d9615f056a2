package io.lifeboat.snapshots;

import io.lifeboat.aws.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an action on snapshots did: the ids it changed, and each one it could not change with why. One
 * failure never stops the others.
 *
 * @param refused ids not even tried, with the reason (an AMI uses it)
 */
public record ActionResult(List<String> done, Map<String, Problem> failed, Map<String, String> refused) {

    public ActionResult {
        done = List.copyOf(done);
        failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
        refused = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    }

    public boolean complete() {
        return failed.isEmpty() && refused.isEmpty();
    }
}
