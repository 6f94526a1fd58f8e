/**
 * The lab's MAAS: a simulator of the MAAS 2.0 REST API subset Metalflow and Juju use (see {@code
 * shared/reference/maas-api.md}). It serves the real paths, {@code op=} dispatch, OAuth 1.0
 * PLAINTEXT checking, MAAS-shaped JSON, status numbers, error codes and texts, over a stateful lab
 * of machines whose lifecycle runs on a configurable time scale, with fault injection and optional
 * persistence. Entry point: {@link io.metalflow.lab.maas.MaasSimulator}; it needs no Spring.
 */
package io.metalflow.lab.maas;
