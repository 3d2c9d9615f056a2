package io.lifeboat.aws.guard;

import java.util.List;
import java.util.Set;

/**
 * Classifies operations by name. Anything that is not plainly a read counts as mutating; assuming a
 * role changes nothing in the account, so it is a read.
 */
public final class Operations {

    private static final List<String> READ_PREFIXES = List.of("Describe", "List", "Get", "Search", "Lookup");
    private static final Set<String> EXTRA_READS = Set.of("TestDNSAnswer", "AssumeRole", "AssumeRoleWithSAML", "AssumeRoleWithWebIdentity");

    private Operations() {
    }

    public static boolean isMutating(String operation) {
        if (EXTRA_READS.contains(operation)) {
            return false;
        }
        return READ_PREFIXES.stream().noneMatch(operation::startsWith);
    }

}
