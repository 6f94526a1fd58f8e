package io.metalflow.juju;

/** Something by that name exists but is not what was asked for (e.g. an app with another charm). */
public class JujuConflictException extends JujuException {

  public JujuConflictException(String message) {
    super(message);
  }
}
