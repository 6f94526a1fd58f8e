/**
 * The five Metalflow processes as Java sees them: one class per BPMN file under {@code processes/}
 * owning its key, the element ids code and tests use, its variable names and its BPMN error codes
 * ({@link io.metalflow.process.BootstrapControllerProcess} and siblings, {@link
 * io.metalflow.process.CommonNames} for the names they share), and the timings and defaults that
 * configuration gives a process at its start ({@link io.metalflow.process.ProcessTimings}, {@link
 * io.metalflow.process.ProcessDefaults}). The glue the BPMN files call lives in {@code
 * io.metalflow.process.delegate}.
 */
package io.metalflow.process;
