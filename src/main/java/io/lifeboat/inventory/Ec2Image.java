package io.lifeboat.inventory;

import java.util.List;

/** An AMI owned by the account, with the snapshots it uses (they cannot be deleted while it exists). */
public record Ec2Image(String region, String id, String name, List<String> snapshotIds) {

    public Ec2Image {
        snapshotIds = List.copyOf(snapshotIds);
    }
}
