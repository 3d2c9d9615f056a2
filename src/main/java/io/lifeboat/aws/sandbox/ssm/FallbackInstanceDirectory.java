package io.lifeboat.aws.sandbox.ssm;

import java.util.List;

/**
 * Asks the primary directory and, while it cannot answer (the sandbox EC2 client of this build does
 * not implement DescribeInstances yet), the fallback. Once EC2 answers, tags changed through EC2 are
 * what SSM sees, as on AWS.
 */
public final class FallbackInstanceDirectory implements InstanceDirectory {

    private final InstanceDirectory primary;
    private final InstanceDirectory fallback;

    public FallbackInstanceDirectory(InstanceDirectory primary, InstanceDirectory fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public List<DirectoryInstance> instances(String region) {
        try {
            return primary.instances(region);
        } catch (UnsupportedOperationException e) {
            return fallback.instances(region);
        }
    }
}
