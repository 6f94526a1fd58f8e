/**
 * The lab view: one page at {@code /lab/} (static HTML and vanilla JavaScript under {@code
 * static/lab/}) that polls {@code GET /lab/api/overview} and shows MAAS machines, the Juju models
 * that running or recent processes name, and the running process instances with their incidents and
 * links into Cockpit.
 *
 * <p>{@code LabOverview} assembles the {@link io.metalflow.overview.Overview} from the clients only
 * ({@code MaasClient}, {@code JujuCli}, the engine's public query APIs), so it works against the
 * lab and a real MAAS alike, and keeps it for a few seconds to keep MAAS and SSH load low. Each
 * section fails on its own: an error is shown as text next to what did work. {@code
 * LabApiAuthentication} admits a logged-in Camunda webapp session or HTTP Basic of an engine user
 * (with Cockpit access when authorizations are on); the static page shows nothing without it.
 */
package io.metalflow.overview;
