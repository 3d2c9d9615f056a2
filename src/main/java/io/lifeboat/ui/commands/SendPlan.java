package io.lifeboat.ui.commands;

import io.lifeboat.commands.CommandRequest;
import io.lifeboat.commands.TargetPreview;
import io.lifeboat.commands.Targets;
import java.util.List;

/**
 * What "Send" will do: one request for everyone, or, with a canary, a request for the first instances
 * and another for the rest once they succeeded. Tag targets stay one SendCommand with {@code Targets};
 * a canary needs ids (SSM cannot exclude the canary from a tag target), sent 50 a call.
 *
 * @param first   what is sent now
 * @param rest    what is sent after the canary, or {@code null} without one
 * @param firstIds the instances {@code first} goes to (for the watch, before SSM lists them)
 */
record SendPlan(CommandRequest first, List<String> firstIds, CommandRequest rest, List<String> restIds) {

    static SendPlan of(CommandRequest request, TargetPreview preview, int canary) {
        List<String> ids = preview.sendableIds();
        if (canary > 0 && canary < ids.size()) {
            List<String> canaryIds = ids.subList(0, canary);
            List<String> restIds = ids.subList(canary, ids.size());
            return new SendPlan(request.withTargets(new Targets.ByInstances(canaryIds)), List.copyOf(canaryIds),
                    request.withTargets(new Targets.ByInstances(restIds)), List.copyOf(restIds));
        }
        return new SendPlan(request.withTargets(preview.toSend()), ids, null, List.of());
    }

    boolean canary() {
        return rest != null;
    }
}
