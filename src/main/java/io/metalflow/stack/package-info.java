/**
 * The deployed observability stack as its users see it: Grafana and Prometheus reached over HTTP
 * through SSH tunnels via the main host, checked end to end (Grafana healthy, a Prometheus data
 * source that passes its health check, Prometheus ready).
 */
package io.metalflow.stack;
