/**
 * End-to-end tests of the five processes against the embedded lab: Metalflow runs with its job
 * executor on, talks to the MAAS simulator over HTTP and to the main host over SSH, and the tests
 * drive it the way an operator or a CI pipeline does, through the Camunda REST API over real HTTP.
 * They assert on the lab's final state (machines, controllers, counters) and that the MAAS API key
 * leaks into no variable, history entry, incident or log line.
 */
package io.metalflow.e2e;
