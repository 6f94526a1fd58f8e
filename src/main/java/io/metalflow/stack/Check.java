package io.metalflow.stack;

/** The outcome of one check of the stack and a short explanation in plain words. */
record Check(boolean ok, String detail) {

  static Check passed(String detail) {
    return new Check(true, detail);
  }

  static Check failed(String detail) {
    return new Check(false, detail);
  }
}
