package io.lifeboat.aws.sandbox.route53;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.VPC;

/** A hosted zone and its record sets (kept in Route53's listing order); changed under the lock. */
final class ZoneRecord {

    final String id;
    final String name;
    final String callerReference;
    final String comment;
    final boolean privateZone;
    final List<VPC> vpcs = new ArrayList<>();
    final Instant createdAt;
    List<ResourceRecordSet> records = new ArrayList<>();

    ZoneRecord(String id, String name, String callerReference, String comment, boolean privateZone, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.callerReference = callerReference;
        this.comment = comment;
        this.privateZone = privateZone;
        this.createdAt = createdAt;
    }
}
