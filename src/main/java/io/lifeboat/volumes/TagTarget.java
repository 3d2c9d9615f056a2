package io.lifeboat.volumes;

/** What a tag edit applies to: the selected volumes themselves, or their instances. */
public enum TagTarget { VOLUMES, INSTANCES }
