package io.metalflow.lab.maas;

import java.time.Instant;

/**
 * One node event, as {@code events/?op=query} shows it.
 *
 * @param id increasing id
 * @param node system_id
 * @param hostname hostname at the time
 * @param username who caused it, or null for the system
 * @param level level
 * @param type event type description, e.g. {@code Deploying}
 * @param description detail, often empty
 * @param created when
 */
record LabEvent(
    long id,
    String node,
    String hostname,
    String username,
    EventLevel level,
    String type,
    String description,
    Instant created) {}
