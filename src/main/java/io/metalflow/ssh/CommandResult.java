package io.metalflow.ssh;

/** What a remote command did: its exit code and both output streams. */
public record CommandResult(int exitCode, String stdout, String stderr) {

  public boolean succeeded() {
    return exitCode == 0;
  }
}
