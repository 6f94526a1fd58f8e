/**
 * Metalflow's own telemetry on {@code /actuator/prometheus} and {@code /actuator/health}.
 *
 * <ul>
 *   <li>{@code metalflow.maas.requests}: a timer per MAAS HTTP attempt ({@code MaasRequestMetrics},
 *       an OkHttp interceptor that {@code MaasHttpClientInstrumenter} adds to the {@code
 *       maasHttpClient} bean), tagged by a low-cardinality path template, never a system id.
 *   <li>{@code metalflow.ssh.commands}: a timer per command on the main host ({@code
 *       TimedSshCommandRunner}, a decorator {@code SshRunnerInstrumenter} puts around every {@link
 *       io.metalflow.ssh.SshCommandRunner} bean), tagged by program, never by arguments.
 *   <li>{@code metalflow.camunda.*}: engine gauges read through public query APIs and cached
 *       ({@code CamundaMetrics}), and process durations polled from history ({@code
 *       ProcessDurations}).
 *   <li>the {@code mainHost} health indicator ({@code MainHostHealthIndicator}).
 * </ul>
 *
 * <p>Nothing here changes what the instrumented clients do: every decorator passes results and
 * exceptions through unchanged. See {@code docs/telemetry.md}.
 */
package io.metalflow.telemetry;
