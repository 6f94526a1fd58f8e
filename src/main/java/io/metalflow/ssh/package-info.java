/**
 * The main host over SSH: commands with exit code and both streams, SFTP uploads, local port
 * forwarding and detached long-running jobs. Host keys are always verified against a known_hosts
 * file. Only {@code JschCommandRunner} knows JSch.
 */
package io.metalflow.ssh;
