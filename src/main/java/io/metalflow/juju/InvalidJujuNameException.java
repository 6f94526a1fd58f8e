package io.metalflow.juju;

/** A name, channel, base or constraint was refused before any command was sent. */
public class InvalidJujuNameException extends JujuException {

  public InvalidJujuNameException(String message) {
    super(message);
  }
}
