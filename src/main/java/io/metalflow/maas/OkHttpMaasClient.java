package io.metalflow.maas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * {@link MaasClient} over the MAAS 2.0 REST API with OkHttp. Signing, retries of transient faults
 * and logging live in the {@link OkHttpClient}'s interceptors (see {@link MaasHttpClients}); this
 * class only builds the calls and reads the answers. Thread-safe.
 */
public final class OkHttpMaasClient implements MaasClient {

  private final MaasHttp http;

  OkHttpMaasClient(OkHttpClient client, HttpUrl apiRoot, MaasApiKeySource keys) {
    this.http = new MaasHttp(client, apiRoot, keys);
  }

  /** A client with its own OkHttp client, for use outside Spring (the lab, tools, tests). */
  public static OkHttpMaasClient create(MaasProperties properties) {
    MaasApiKeySource keys = MaasApiKeySource.of(properties);
    return new OkHttpMaasClient(
        MaasHttpClients.create(properties, keys), MaasEndpoint.apiRoot(properties), keys);
  }

  @Override
  public MaasVersion version() {
    return call(MaasRequest.get(null, "version"), MaasJson::version);
  }

  @Override
  public MaasUser whoami() {
    return call(MaasRequest.get("whoami", "users"), MaasJson::user);
  }

  @Override
  public List<Machine> machines(MachineQuery query) {
    MaasRequest request =
        MaasRequest.get(null, "machines")
            .withEach("id", query.systemIds())
            .withEach("hostname", query.hostnames())
            .withEach("tags", query.tags())
            .withEach("agent_name", query.agentNames())
            .withEach("status", query.statuses().stream().map(MachineStatus::filterName).toList());
    return call(request, MaasJson::machines);
  }

  @Override
  public Machine machine(String systemId) {
    return call(MaasRequest.get(null, "machines", systemId(systemId)), MaasJson::machine);
  }

  @Override
  public List<Tag> tags() {
    return call(MaasRequest.get(null, "tags"), MaasJson::tags);
  }

  @Override
  public Tag createTag(String name, String comment) {
    MaasRequest request =
        MaasRequest.post(null, "tags").with("name", tagName(name)).with("comment", comment);
    return call(request, MaasJson::tag);
  }

  @Override
  public Tag ensureTag(String name, String comment) {
    try {
      return tag(name);
    } catch (MaasNotFoundException absent) {
      return createOrReread(name, comment);
    }
  }

  @Override
  public TagUpdate updateTagNodes(String tag, List<String> add, List<String> remove) {
    MaasRequest request =
        MaasRequest.post("update_nodes", "tags", tagName(tag))
            .withEach("add", add)
            .withEach("remove", remove);
    return call(request, MaasJson::tagUpdate);
  }

  @Override
  public Machine commission(String systemId) {
    return call(machineOp("commission", systemId), MaasJson::machine);
  }

  @Override
  public Machine allocate(AllocateRequest r) {
    MaasRequest request =
        MaasRequest.post("allocate", "machines")
            .withEach("tags", r.tags())
            .withEach("not_tags", r.notTags())
            .with("name", r.name())
            .with("system_id", r.systemId())
            .with("cpu_count", r.cpuCount())
            .with("mem", r.memMb())
            .with("zone", r.zone())
            .with("agent_name", r.agentName())
            .with("comment", r.comment());
    return call(request, MaasJson::machine);
  }

  @Override
  public Machine deploy(String systemId, DeployRequest r) {
    MaasRequest request =
        machineOp("deploy", systemId)
            .with("distro_series", r.distroSeries())
            .with("user_data", r.userData())
            .with("agent_name", r.agentName())
            .with("comment", r.comment());
    return call(request, MaasJson::machine);
  }

  @Override
  public Machine release(String systemId, String comment) {
    return call(machineOp("release", systemId).with("comment", comment), MaasJson::machine);
  }

  @Override
  public Machine abort(String systemId, String comment) {
    return call(machineOp("abort", systemId).with("comment", comment), MaasJson::machine);
  }

  private Tag tag(String name) {
    return call(MaasRequest.get(null, "tags", tagName(name)), MaasJson::tag);
  }

  /** Another caller may have created the tag since we looked: then MAAS answers 400. */
  private Tag createOrReread(String name, String comment) {
    try {
      return createTag(name, comment);
    } catch (MaasBadRequestException refused) {
      try {
        return tag(name);
      } catch (MaasNotFoundException stillAbsent) {
        throw refused;
      }
    }
  }

  private static MaasRequest machineOp(String op, String systemId) {
    return MaasRequest.post(op, "machines", systemId(systemId));
  }

  private static String systemId(String systemId) {
    return MaasRequest.segment("system id", systemId);
  }

  private static String tagName(String name) {
    return MaasRequest.segment("tag name", name);
  }

  private <T> T call(MaasRequest request, Function<JsonNode, T> as) {
    return MaasJson.read(request.operation(), http.execute(request), as);
  }
}
