package io.lifeboat.restore;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Aurora cluster (or a plain RDS instance, with {@code cluster} false) as the restore wizard shows
 * it: engine, state, endpoints, members, the restorable window, and the settings a restore copies.
 *
 * @param members instance identifiers with their class and role, writer first
 * @param earliestRestorableTime {@code null} while unknown (no backup yet, or not reported)
 */
public record ClusterSummary(String region, String id, boolean cluster, String engine, String engineVersion,
                             String status, String endpoint, String readerEndpoint, int port, int backupRetentionDays,
                             Instant earliestRestorableTime, Instant latestRestorableTime, List<Member> members,
                             SourceSettings settings) {

    /** A DB instance of the cluster (or the plain instance itself). */
    public record Member(String id, String instanceClass, boolean writer, String status, String parameterGroup) {
    }

    public ClusterSummary {
        members = List.copyOf(members);
    }

    /**
     * Why Lifeboat cannot restore this database, if it cannot: the RDS API lists DocumentDB and
     * Neptune clusters and Multi-AZ DB clusters too, which are restored with other parameters or APIs.
     */
    public Optional<String> unsupported() {
        String name = engine == null ? "" : engine.toLowerCase(Locale.ROOT);
        if (name.equals("docdb")) {
            return Optional.of("Amazon DocumentDB cluster: restore it with the DocumentDB console or API");
        }
        if (name.equals("neptune")) {
            return Optional.of("Amazon Neptune cluster: restore it with the Neptune console or API");
        }
        if (cluster && !name.startsWith("aurora")) {
            return Optional.of("Multi-AZ DB cluster (" + engine + "): not supported by Lifeboat's restore yet");
        }
        return Optional.empty();
    }

    public boolean supported() {
        return unsupported().isEmpty();
    }

    /** "Aurora MySQL cluster", "RDS instance (mysql)"... */
    public String kind() {
        String name = engine == null ? "" : engine.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "aurora-mysql", "aurora" -> "Aurora MySQL cluster";
            case "aurora-postgresql" -> "Aurora PostgreSQL cluster";
            case "docdb" -> "DocumentDB cluster";
            case "neptune" -> "Neptune cluster";
            default -> cluster ? "Multi-AZ DB cluster" : "RDS instance";
        };
    }

    public RestoreWindow window() {
        return new RestoreWindow(id, earliestRestorableTime, latestRestorableTime);
    }

    public Optional<Member> writer() {
        return members.stream().filter(Member::writer).findFirst();
    }

    public List<Member> readers() {
        return members.stream().filter(m -> !m.writer()).toList();
    }
}
