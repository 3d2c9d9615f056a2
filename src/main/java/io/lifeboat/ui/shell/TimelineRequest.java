package io.lifeboat.ui.shell;

/** "Show this volume's timeline": asked by Volumes, Backups or the fleet, answered by the Snapshots view. */
public record TimelineRequest(String region, String volumeId) {
}
