package io.metalflow.lab.maas;

/** The simulator could not start, persist or load its lab (bind failure, unreadable state file). */
public class MaasSimulatorException extends RuntimeException {

  public MaasSimulatorException(String message, Throwable cause) {
    super(message, cause);
  }

  public MaasSimulatorException(String message) {
    super(message);
  }
}
