package io.metalflow.overview;

/** How the page shows a failure: {@code ExceptionClass: message}, cut to a readable length. */
final class Errors {

  private static final int MAX = 500;

  private Errors() {}

  static String describe(RuntimeException e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
  }
}
