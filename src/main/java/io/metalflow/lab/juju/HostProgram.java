package io.metalflow.lab.juju;

/** A program the main host's shell can run. */
interface HostProgram {

  /**
   * Runs to completion and returns the exit code.
   *
   * @throws InterruptedException when the host shuts down or the SSH channel closes under it
   */
  int run(Invocation invocation) throws InterruptedException;
}
