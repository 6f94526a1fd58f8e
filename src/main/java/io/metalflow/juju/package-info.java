/**
 * The juju 3.6 client on the main host, typed: every command is built as an argument list from
 * validated names, run over {@link io.metalflow.ssh.SshCommandRunner}, and its JSON parsed into
 * records. Idempotence checks (cloud, credential, controller, model, application, relation) live
 * here, so a retried process step never creates anything twice.
 */
package io.metalflow.juju;
