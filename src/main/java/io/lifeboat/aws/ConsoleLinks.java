package io.lifeboat.aws;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links that open a resource in the AWS console. */
public final class ConsoleLinks {

    private ConsoleLinks() {
    }

    public static String volume(String region, String volumeId) {
        return ec2(region, "VolumeDetails:volumeId=" + volumeId);
    }

    public static String snapshot(String region, String snapshotId) {
        return ec2(region, "SnapshotDetails:snapshotId=" + snapshotId);
    }

    public static String instance(String region, String instanceId) {
        return ec2(region, "InstanceDetails:instanceId=" + instanceId);
    }

    public static String cluster(String region, String clusterId) {
        return "https://" + region + ".console.aws.amazon.com/rds/home?region=" + region + "#database:id="
                + encode(clusterId) + ";is-cluster=true";
    }

    public static String command(String region, String commandId) {
        return "https://" + region + ".console.aws.amazon.com/systems-manager/run-command/" + encode(commandId)
                + "?region=" + region;
    }

    private static String ec2(String region, String fragment) {
        return "https://" + region + ".console.aws.amazon.com/ec2/home?region=" + region + "#" + fragment;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
