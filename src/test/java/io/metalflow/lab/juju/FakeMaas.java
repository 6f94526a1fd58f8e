package io.metalflow.lab.juju;

import io.metalflow.maas.AllocateRequest;
import io.metalflow.maas.DeployRequest;
import io.metalflow.maas.MaasBadRequestException;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasConflictException;
import io.metalflow.maas.MaasNotFoundException;
import io.metalflow.maas.MaasUser;
import io.metalflow.maas.MaasVersion;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import io.metalflow.maas.Tag;
import io.metalflow.maas.TagUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An in-memory MAAS for unit-level tests of the lab's juju: Ready machines with tags, allocation
 * with MAAS's 409 text, Deploying for a number of polls, then Deployed with an address from the
 * prefix; release back to Ready. Records every write as {@code op system_id}.
 */
final class FakeMaas implements MaasClient {

  private final String addressPrefix;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<String> operations = Collections.synchronizedList(new ArrayList<>());
  private final java.util.Set<String> knownTags = new java.util.HashSet<>();
  private volatile int pollsToDeploy = 2;

  private static final class Node {
    final String systemId;
    final String hostname;
    final int number;
    final long memoryMib;
    final int cpuCount;
    final List<String> tags;
    MachineStatus status = MachineStatus.READY;
    String owner;
    String agentName;
    String distroSeries = "";
    int pollsLeft;

    Node(
        String systemId,
        String hostname,
        int number,
        long memoryMib,
        int cpuCount,
        List<String> tags) {
      this.systemId = systemId;
      this.hostname = hostname;
      this.number = number;
      this.memoryMib = memoryMib;
      this.cpuCount = cpuCount;
      this.tags = new ArrayList<>(tags);
    }
  }

  FakeMaas(String addressPrefix) {
    this.addressPrefix = addressPrefix;
  }

  /** server1..serverN, 16 GiB and 4 cores each; {@code tagged} get the tag {@code juju}. */
  static FakeMaas withServers(String addressPrefix, int count, int... tagged) {
    FakeMaas maas = new FakeMaas(addressPrefix);
    for (int i = 1; i <= count; i++) {
      maas.add("server" + i, 16384, 4);
    }
    for (int n : tagged) {
      maas.tag("server" + n, "juju");
    }
    return maas;
  }

  synchronized String add(String hostname, long memoryMib, int cores) {
    int number = nodes.size() + 1;
    String id = "n" + Integer.toString(1000 + number * 37, 36) + "x";
    nodes.put(id, new Node(id, hostname, number, memoryMib, cores, List.of()));
    return id;
  }

  synchronized void tag(String hostname, String tag) {
    knownTags.add(tag);
    byHostname(hostname).tags.add(tag);
  }

  /** A tag MAAS knows that no machine carries. */
  synchronized void defineTag(String tag) {
    knownTags.add(tag);
  }

  void pollsToDeploy(int polls) {
    this.pollsToDeploy = polls;
  }

  synchronized String systemId(String hostname) {
    return byHostname(hostname).systemId;
  }

  synchronized MachineStatus status(String hostname) {
    return byHostname(hostname).status;
  }

  List<String> operations() {
    return List.copyOf(operations);
  }

  private Node byHostname(String hostname) {
    return nodes.values().stream()
        .filter(n -> n.hostname.equals(hostname))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public MaasVersion version() {
    return new MaasVersion("3.4.2", "", List.of("machines", "tags"));
  }

  @Override
  public MaasUser whoami() {
    return new MaasUser("admin", "admin@example.com", true);
  }

  @Override
  public synchronized List<Machine> machines(MachineQuery query) {
    List<Machine> found = new ArrayList<>();
    for (Node node : nodes.values()) {
      if (matches(node, query)) {
        advance(node);
        found.add(view(node));
      }
    }
    return found;
  }

  private static boolean matches(Node node, MachineQuery query) {
    return (query.systemIds().isEmpty() || query.systemIds().contains(node.systemId))
        && (query.hostnames().isEmpty() || query.hostnames().contains(node.hostname))
        && node.tags.containsAll(query.tags())
        && (query.agentNames().isEmpty() || query.agentNames().contains(node.agentName))
        && (query.statuses().isEmpty() || query.statuses().contains(node.status));
  }

  private void advance(Node node) {
    if (node.status == MachineStatus.DEPLOYING && --node.pollsLeft <= 0) {
      node.status = MachineStatus.DEPLOYED;
    }
  }

  @Override
  public synchronized Machine machine(String systemId) {
    return view(node(systemId));
  }

  private Node node(String systemId) {
    Node node = nodes.get(systemId);
    if (node == null) {
      throw new MaasNotFoundException(
          "GET machines/" + systemId + "/", "No Machine matches the given query.");
    }
    return node;
  }

  @Override
  public List<Tag> tags() {
    return List.of(new Tag("juju", "", "", ""));
  }

  @Override
  public Tag createTag(String name, String comment) {
    return new Tag(name, comment, "", "");
  }

  @Override
  public Tag ensureTag(String name, String comment) {
    return new Tag(name, comment, "", "");
  }

  @Override
  public synchronized TagUpdate updateTagNodes(String tag, List<String> add, List<String> rm) {
    add.forEach(id -> node(id).tags.add(tag));
    return new TagUpdate(add.size(), 0);
  }

  @Override
  public Machine commission(String systemId) {
    throw new UnsupportedOperationException("not used by juju");
  }

  @Override
  public synchronized Machine allocate(AllocateRequest request) {
    for (String tag : request.tags()) {
      if (!knownTags.contains(tag)) {
        throw new MaasBadRequestException(
            "POST machines/?op=allocate",
            "{\"tags\": [\"No such tag(s): '" + tag + "'.\"]}",
            Map.of("tags", List.of("No such tag(s): '" + tag + "'.")));
      }
    }
    Optional<Node> match =
        nodes.values().stream()
            .filter(n -> n.status == MachineStatus.READY)
            .filter(n -> n.tags.containsAll(request.tags()))
            .filter(n -> request.notTags().stream().noneMatch(n.tags::contains))
            .filter(n -> request.memMb() == null || n.memoryMib >= request.memMb())
            .filter(n -> request.cpuCount() == null || n.cpuCount >= request.cpuCount())
            .min(Comparator.comparingDouble(n -> n.cpuCount + n.memoryMib / 1024.0));
    if (match.isEmpty()) {
      throw new MaasConflictException("POST machines/?op=allocate", noMatch(request));
    }
    Node node = match.get();
    node.status = MachineStatus.ALLOCATED;
    node.owner = "admin";
    node.agentName = request.agentName();
    operations.add("allocate " + node.systemId);
    return view(node);
  }

  private static String noMatch(AllocateRequest r) {
    StringJoiner list = new StringJoiner(", ", "[", "]");
    StringJoiner resolved = new StringJoiner(" ");
    if (r.agentName() != null) {
      list.add("('agent_name', ['" + r.agentName() + "'])");
    }
    if (r.memMb() != null) {
      list.add("('mem', ['" + r.memMb() + "'])");
      resolved.add("mem=" + r.memMb() + ".0");
    }
    if (!r.tags().isEmpty()) {
      list.add("('tags', ['" + String.join("', '", r.tags()) + "'])");
      resolved.add("tags=" + String.join(",", r.tags()));
    }
    if (r.zone() != null) {
      list.add("('zone', ['" + r.zone() + "'])");
      resolved.add("zone=" + r.zone());
    }
    return "No available machine matches constraints: "
        + list
        + " (resolved to \""
        + resolved
        + "\")";
  }

  @Override
  public synchronized Machine deploy(String systemId, DeployRequest request) {
    Node node = node(systemId);
    if (node.status != MachineStatus.ALLOCATED) {
      throw new MaasConflictException(
          "POST machines/" + systemId + "/?op=deploy",
          "Can't deploy a machine that is in the '" + node.status.displayName() + "' state");
    }
    node.status = MachineStatus.DEPLOYING;
    node.distroSeries = request.distroSeries();
    node.pollsLeft = pollsToDeploy;
    operations.add("deploy " + systemId + " " + request.distroSeries());
    return view(node);
  }

  @Override
  public synchronized Machine release(String systemId, String comment) {
    Node node = node(systemId);
    if (node.status != MachineStatus.READY) {
      node.status = MachineStatus.READY;
      node.owner = null;
      node.agentName = null;
      node.distroSeries = "";
      operations.add("release " + systemId + " " + comment);
    }
    return view(node);
  }

  @Override
  public Machine abort(String systemId, String comment) {
    throw new UnsupportedOperationException("not used by juju");
  }

  private Machine view(Node node) {
    boolean hasAddress =
        node.status == MachineStatus.DEPLOYING || node.status == MachineStatus.DEPLOYED;
    List<String> ips = hasAddress ? List.of(addressPrefix + (10 + node.number)) : List.of();
    String message = node.status == MachineStatus.DEPLOYING ? "Configuring OS" : "";
    return new Machine(
        node.systemId,
        node.hostname,
        node.hostname + ".maas",
        node.status,
        message,
        node.owner,
        node.tags,
        ips,
        "off",
        "amd64/generic",
        node.cpuCount,
        node.memoryMib,
        "ubuntu",
        node.distroSeries,
        "default",
        "default");
  }
}
