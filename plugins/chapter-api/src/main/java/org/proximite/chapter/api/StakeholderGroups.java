package org.proximite.chapter.api;

import java.util.List;

/**
 * The stakeholder groups participant counts may use, as every Proximité host knows them
 * ({@code participants.groups} in an initiative).
 */
public final class StakeholderGroups {

    public static final List<String> CODES = List.of(
            "government", "police", "local-elected-officials", "ngos-associations", "women-leaders", "youth-leaders",
            "diplomats", "public");

    private StakeholderGroups() {}
}
