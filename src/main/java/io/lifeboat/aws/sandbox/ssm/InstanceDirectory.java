package io.lifeboat.aws.sandbox.ssm;

import java.util.List;
import java.util.Map;

/**
 * Where SSM learns which EC2 instances exist and how they are tagged: tag targets of SendCommand and
 * tag filters of DescribeInstanceInformation resolve against it. On AWS this is EC2's own data; the
 * sandbox reads it through the account's EC2 client ({@link Ec2InstanceDirectory}), so tags changed
 * through EC2 are what SSM sees, as on AWS.
 */
public interface InstanceDirectory {

    /** An EC2 instance as SSM needs to see it. */
    record DirectoryInstance(String instanceId, String name, String platform, String privateIp,
                             Map<String, String> tags) {
        public boolean windows() {
            return "Windows".equalsIgnoreCase(platform);
        }
    }

    /** Every instance of the region (pending, running, stopping or stopped). */
    List<DirectoryInstance> instances(String region);
}
