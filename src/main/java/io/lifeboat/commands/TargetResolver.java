package io.lifeboat.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves targets against a region's fleet, as SSM will: tag conditions are all required (ANDed), a
 * condition's values are alternatives, values compare exactly; terminated instances are not in the
 * fleet. A pure function, tested without AWS.
 */
public final class TargetResolver {

    private TargetResolver() {
    }

    /** @param documentPlatforms the document's platform types (an empty list: any platform) */
    public static TargetPreview preview(List<FleetInstance> fleet, Targets targets, List<String> documentPlatforms) {
        return preview(fleet, targets, documentPlatforms, true);
    }

    /**
     * @param ssmKnown whether SSM said which instances it manages: when it could not be asked, every
     *                 matching instance counts as a target, so a confirmation asks for the most it could be
     */
    public static TargetPreview preview(List<FleetInstance> fleet, Targets targets, List<String> documentPlatforms,
                                        boolean ssmKnown) {
        List<FleetInstance> matched = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (targets instanceof Targets.ByTags byTags) {
            fleet.stream().filter(i -> byTags.matches(i.tags())).forEach(matched::add);
        } else if (targets instanceof Targets.ByInstances picked) {
            Map<String, FleetInstance> byId = fleet.stream()
                    .collect(Collectors.toMap(FleetInstance::id, Function.identity(), (a, b) -> a));
            for (String id : picked.instanceIds()) {
                FleetInstance instance = byId.get(id);
                if (instance == null) {
                    unknown.add(id);
                } else {
                    matched.add(instance);
                }
            }
        }
        List<TargetPreview.Row> rows = matched.stream()
                .sorted(Comparator.comparing((FleetInstance i) -> i.name() == null ? "" : i.name())
                        .thenComparing(FleetInstance::id))
                .map(i -> new TargetPreview.Row(i, Reachability.of(i, documentPlatforms, ssmKnown)))
                .toList();
        return new TargetPreview(targets, rows, unknown);
    }
}
