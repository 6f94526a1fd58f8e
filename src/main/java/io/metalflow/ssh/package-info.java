/**
 * The main host over SSH: commands with exit code and both streams, SFTP uploads, local port
 * forwarding and detached long-running jobs. Host keys are always verified against a known_hosts
 * file. Only {@code JschCommandRunner} and its package-private helpers ({@code SessionFactory},
 * {@code SessionPool}, {@code ExecCall}, {@code SftpCall}, {@code JschTunnel}) know JSch; the job
 * wrapper script {@code metalflow-run} ships as a resource of this package.
 */
package io.metalflow.ssh;
