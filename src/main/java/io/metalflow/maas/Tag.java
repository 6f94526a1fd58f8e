package io.metalflow.maas;

/** A MAAS tag ({@code GET tags/}). */
public record Tag(String name, String comment, String definition, String kernelOpts) {}
