package io.metalflow.juju;

/**
 * A MAAS cloud for the juju client: its name and the MAAS endpoint ({@code http://h:5240/MAAS}).
 */
public record MaasCloud(String name, String endpoint) {}
