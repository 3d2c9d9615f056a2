package io.lifeboat.backup;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupTags;
import io.lifeboat.volumes.VolumeRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exact request contents of each create: tags and description. Tags go on at creation, in the
 * create call itself, so a snapshot never exists without them (the source tagged afterwards, and a
 * failure in between left snapshots nothing would ever prune). Snapshot now takes its tags and
 * description from here too, so the engine counts it as the night's backup.
 */
public final class CreateSpecs {

    /** The API's limit on a snapshot description. */
    private static final int DESCRIPTION_MAX = 255;

    private final BackupSettings settings;
    private final LocalDate today;

    public CreateSpecs(BackupSettings settings, LocalDate today) {
        this.settings = settings;
        this.today = today;
    }

    /** One volume on its own: with its instance when the instance is listed, else as unattached. */
    public SnapshotCreate forVolume(VolumeRecord row, int retentionDays) {
        return row.instance() != null ? single(row, retentionDays) : unattached(row, retentionDays);
    }

    /** {@code "<instance name> - <volume id> (<device>)"}: the source document's format. */
    SnapshotCreate single(VolumeRecord row, int retentionDays) {
        Ec2Instance instance = row.instance();
        String name = label(instance);
        return create(row.region(), instance.id(), instance.name(), List.of(planned(row, instance)), retentionDays,
                SnapshotCreate.Kind.SINGLE_VOLUME, false, List.of(), tags(instance.name(), instance.tags(), row.tags(), retentionDays),
                name + " - " + row.volumeId() + " (" + row.volume().device() + ")");
    }

    /** One description for the whole set (the API takes one): {@code "web-1 - i-… (2 volumes: /dev/xvda, /dev/xvdf)"}. */
    SnapshotCreate multi(Ec2Instance instance, List<VolumeRecord> rows, int retentionDays, boolean excludeBoot,
                         List<String> excludeDataVolumeIds) {
        String devices = rows.stream().map(r -> r.volume().device()).collect(Collectors.joining(", "));
        return create(rows.get(0).region(), instance.id(), instance.name(),
                rows.stream().map(r -> planned(r, instance)).toList(), retentionDays, SnapshotCreate.Kind.MULTI_VOLUME,
                excludeBoot, excludeDataVolumeIds, tags(instance.name(), instance.tags(), Map.of(), retentionDays),
                label(instance) + " - " + instance.id() + " (" + rows.size() + " volumes: " + devices + ")");
    }

    /** {@code "<volume Name or id> - <volume id> (unattached)"}; also for a volume whose instance is not listed. */
    SnapshotCreate unattached(VolumeRecord row, int retentionDays) {
        String own = row.tags().getOrDefault(BackupTags.NAME, "").trim();
        String where = row.volume().attached() ? "attached to " + row.instanceId() : "unattached";
        return create(row.region(), null, null, List.of(planned(row, null)), retentionDays,
                SnapshotCreate.Kind.SINGLE_VOLUME, false, List.of(), tags(own, Map.of(), row.tags(), retentionDays),
                (own.isEmpty() ? row.volumeId() : own) + " - " + row.volumeId() + " (" + where + ")");
    }

    private SnapshotCreate create(String region, String instanceId, String instanceName, List<PlannedVolume> volumes,
                                  int retentionDays, SnapshotCreate.Kind kind, boolean excludeBoot,
                                  List<String> excludeData, Map<String, String> tags, String description) {
        String text = description.length() > DESCRIPTION_MAX ? description.substring(0, DESCRIPTION_MAX) : description;
        return new SnapshotCreate(region, instanceId, instanceName, volumes, retentionDays,
                today.plusDays(retentionDays), kind, excludeBoot, excludeData, tags, text);
    }

    /**
     * DeleteOn, Type, the policy, the Name, and the configured keys copied from the instance (else from
     * the volume, for a single volume). A multi-volume set gets one tag set, so only the instance's.
     */
    private Map<String, String> tags(String name, Map<String, String> instanceTags, Map<String, String> volumeTags,
                                     int retentionDays) {
        Map<String, String> tags = new HashMap<>();
        for (String key : settings.copiedTagKeys()) {
            String value = instanceTags.containsKey(key) ? instanceTags.get(key) : volumeTags.get(key);
            if (value != null) {
                tags.put(key, value);
            }
        }
        tags.put(BackupTags.DELETE_ON, today.plusDays(retentionDays).toString());
        tags.put(BackupTags.TYPE, BackupTags.AUTOMATED);
        tags.put(BackupTags.POLICY, settings.policyName());
        if (name != null && !name.isBlank()) {
            tags.put(BackupTags.NAME, name);
        }
        return tags;
    }

    private static PlannedVolume planned(VolumeRecord row, Ec2Instance instance) {
        boolean root = instance != null && row.volume().device() != null
                && row.volume().device().equals(instance.rootDeviceName());
        return new PlannedVolume(row.volumeId(), row.volume().device(), row.volume().sizeGiB(), root,
                row.policy().kind() == BackupPolicy.Kind.MISCONFIGURED);
    }

    private static String label(Ec2Instance instance) {
        return instance.name().isBlank() ? instance.id() : instance.name();
    }
}
