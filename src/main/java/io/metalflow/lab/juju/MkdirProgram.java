package io.metalflow.lab.juju;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code mkdir [-p] DIR...} inside the login's home (Metalflow makes {@code ~/.local/share} for the
 * juju snap); anything outside the home is {@code Permission denied}.
 */
final class MkdirProgram implements HostProgram {

  private final Path home;

  MkdirProgram(Path home) {
    this.home = home;
  }

  @Override
  public int run(Invocation inv) {
    List<String> args = inv.argv().subList(1, inv.argv().size());
    boolean parents = args.contains("-p") || args.contains("--parents");
    List<String> dirs = args.stream().filter(a -> !a.startsWith("-")).toList();
    if (dirs.isEmpty()) {
      inv.err().println("mkdir: missing operand");
      return 1;
    }
    int code = 0;
    for (String dir : dirs) {
      code = Math.max(code, make(inv, dir, parents));
    }
    return code;
  }

  private int make(Invocation inv, String given, boolean parents) {
    Optional<Path> path = HomeFiles.resolve(home, given);
    String failure = "mkdir: cannot create directory '" + given + "': ";
    if (path.isEmpty()) {
      inv.err().println(failure + "Permission denied");
      return 1;
    }
    try {
      if (parents) {
        Files.createDirectories(path.get());
      } else {
        Files.createDirectory(path.get());
      }
      return 0;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      inv.err().println(failure + "File exists");
    } catch (java.nio.file.NoSuchFileException e) {
      inv.err().println(failure + "No such file or directory");
    } catch (IOException e) {
      inv.err().println(failure + "Input/output error");
    }
    return 1;
  }
}
