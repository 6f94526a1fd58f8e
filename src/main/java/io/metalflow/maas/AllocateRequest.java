package io.metalflow.maas;

import java.util.List;

/**
 * Parameters of {@code POST machines/?op=allocate}. Null or empty fields are not sent. {@code
 * agentName} is stored on the machine (not a constraint) so the caller can find its machines again
 * with {@link MachineQuery#withAgentName}.
 */
public record AllocateRequest(
    List<String> tags,
    List<String> notTags,
    String name,
    String systemId,
    Integer cpuCount,
    Integer memMb,
    String zone,
    String agentName,
    String comment) {

  public AllocateRequest {
    tags = tags == null ? List.of() : List.copyOf(tags);
    notTags = notTags == null ? List.of() : List.copyOf(notTags);
  }

  public static AllocateRequest withTags(List<String> tags, String agentName, String comment) {
    return new AllocateRequest(tags, List.of(), null, null, null, null, null, agentName, comment);
  }

  public static AllocateRequest bySystemId(String systemId, String agentName, String comment) {
    return new AllocateRequest(
        List.of(), List.of(), null, systemId, null, null, null, agentName, comment);
  }
}
