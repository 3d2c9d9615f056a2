package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.SandboxResponses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.AwsResponseMetadata;
import software.amazon.awssdk.services.ec2.model.Ec2Response;

/** Resolving ids the way EC2 does (malformed first, then every missing id named in one error), and response metadata. */
final class Lookups {

    private Lookups() {
    }

    static void requireWellFormed(ResourceKind kind, Collection<String> ids) {
        for (String id : ids) {
            kind.requireWellFormed(id);
        }
    }

    static <R> R require(ResourceKind kind, String id, Map<String, R> records) {
        kind.requireWellFormed(id);
        R record = records.get(id);
        if (record == null) {
            throw Ec2Errors.notFound(kind, List.of(id));
        }
        return record;
    }

    /** The records for all {@code ids} (duplicates once, in record order), or NotFound naming the missing ones. */
    static <R> List<R> requireAll(ResourceKind kind, Collection<String> ids, Map<String, R> records) {
        LinkedHashSet<String> wanted = new LinkedHashSet<>(ids);
        List<String> missing = wanted.stream().filter(id -> !records.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw Ec2Errors.notFound(kind, missing);
        }
        List<R> found = new ArrayList<>();
        for (Map.Entry<String, R> entry : records.entrySet()) {
            if (wanted.contains(entry.getKey())) {
                found.add(entry.getValue());
            }
        }
        return found;
    }

    static String require(String value, String parameter) {
        if (value == null || value.isEmpty()) {
            throw Ec2Errors.missingParameter("The request must contain the parameter " + parameter);
        }
        return value;
    }

    /** Every sandbox answer carries a request id, as AWS's do (the audit log records it). */
    static <B extends Ec2Response.Builder> B withMetadata(B builder) {
        AwsResponseMetadata metadata = SandboxResponses.metadata();
        builder.responseMetadata(metadata);
        return builder;
    }
}
