package com.monps.agent.oddsapi;

/** One entry of {@code /v4/sports}. */
public record Sport(String key, String group, String title, String description, boolean active, boolean hasOutrights) {
}
