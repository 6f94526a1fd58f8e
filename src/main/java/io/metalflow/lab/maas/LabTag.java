package io.metalflow.lab.maas;

/** A MAAS tag. The simulator stores {@code definition} but does not evaluate it. */
record LabTag(String name, String comment, String definition, String kernelOpts) {}
