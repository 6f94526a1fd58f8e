package io.metalflow.maas;

import java.util.List;

/**
 * The MAAS operations Metalflow needs, one method per API call.
 *
 * <p>Failures are {@link MaasException}s; {@link MaasException#isRetryable()} tells whether the
 * same call may succeed later (503, I/O). Reads are naturally idempotent; the javadoc of each write
 * says what a repeated call does on a real MAAS.
 */
public interface MaasClient {

  /** {@code GET version/}; anonymous. */
  MaasVersion version();

  /** {@code GET users/?op=whoami}; a bad key gives {@link MaasAuthenticationException}. */
  MaasUser whoami();

  /** {@code GET machines/} with the query's filters (AND-combined); never 404, maybe empty. */
  List<Machine> machines(MachineQuery query);

  /** {@code GET machines/{id}/}; unknown id gives {@link MaasNotFoundException}. */
  Machine machine(String systemId);

  /** {@code GET tags/}. */
  List<Tag> tags();

  /**
   * {@code POST tags/}. Not idempotent on MAAS: a second call answers 400 "Tag with this Name
   * already exists." ({@link MaasBadRequestException}); use {@link #ensureTag} to check first.
   */
  Tag createTag(String name, String comment);

  /** Returns the tag, creating it when it does not exist yet. Idempotent. */
  Tag ensureTag(String name, String comment);

  /**
   * {@code POST tags/{name}/?op=update_nodes} with {@code add}/{@code remove}. Idempotent: adding a
   * tag twice leaves one tag. Unknown system ids are ignored by MAAS.
   */
  TagUpdate updateTagNodes(String tag, List<String> add, List<String> remove);

  /**
   * {@code POST machines/{id}/?op=commission}. Allowed from New, Failed commissioning, Ready and
   * Broken; otherwise {@link MaasBadRequestException}. Repeating it restarts commissioning.
   */
  Machine commission(String systemId);

  /**
   * {@code POST machines/?op=allocate}. Not idempotent by itself: every call takes another Ready
   * machine. Callers look for a machine already allocated under their {@code agent_name} first. No
   * match gives {@link MaasConflictException} with MAAS's message.
   */
  Machine allocate(AllocateRequest request);

  /**
   * {@code POST machines/{id}/?op=deploy}. From Allocated (or Ready, which MAAS allocates first);
   * from any other state {@link MaasConflictException} "Can't deploy a machine that is in the 'X'
   * state".
   */
  Machine deploy(String systemId, DeployRequest request);

  /** {@code POST machines/{id}/?op=release}. A no-op on Ready and Releasing. */
  Machine release(String systemId, String comment);

  /** {@code POST machines/{id}/?op=abort}: Commissioning to New, Deploying to Allocated. */
  Machine abort(String systemId, String comment);
}
