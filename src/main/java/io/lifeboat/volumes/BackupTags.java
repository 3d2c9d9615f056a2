package io.lifeboat.volumes;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The tags the backup engine writes on every snapshot it makes, and reads back to prune and to stay
 * idempotent; the Volumes and Snapshots views read them too. {@code DeleteOn} and
 * {@code Type=Automated} are the source document's, so snapshots its Lambdas made are pruned the same
 * way; {@code lifeboat:policy} names the policy that made one. Their one home: beside the tag
 * convention that decides which volumes get such snapshots.
 */
public final class BackupTags {

    public static final String DELETE_ON = "DeleteOn";
    public static final String TYPE = "Type";
    public static final String AUTOMATED = "Automated";
    public static final String NAME = "Name";
    public static final String POLICY = "lifeboat:policy";

    /** Keys the engine sets itself; a copied instance tag may not overwrite them. */
    public static final Set<String> OWN_KEYS = Set.of(DELETE_ON, TYPE, NAME, POLICY);

    private BackupTags() {
    }

    public static boolean automated(Ec2Snapshot snapshot) {
        return AUTOMATED.equals(snapshot.tag(TYPE));
    }

    /**
     * A {@code DeleteOn} value as a date: {@code yyyy-MM-dd} (surrounding spaces forgiven), else
     * empty, so that a snapshot whose date cannot be read is kept rather than guessed at.
     */
    public static Optional<LocalDate> deleteOn(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
