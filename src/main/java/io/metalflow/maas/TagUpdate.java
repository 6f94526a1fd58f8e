package io.metalflow.maas;

/** Answer of {@code op=update_nodes}: how many of the given ids MAAS found, per list. */
public record TagUpdate(int added, int removed) {}
