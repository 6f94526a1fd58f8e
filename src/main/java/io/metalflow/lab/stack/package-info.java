/**
 * Stand-ins for the workloads the lab's charms run: a Grafana and a Prometheus that answer the HTTP
 * endpoints Metalflow checks, and a Juju dashboard page. They listen on the units' loopback
 * addresses (JDK {@code HttpServer}) and are started and stopped by the lab's juju.
 */
package io.metalflow.lab.stack;
