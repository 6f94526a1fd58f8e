package io.metalflow.lab.maas;

/**
 * What OAuth verification concluded: a user, a rejection to send, or no credentials at all (both
 * null).
 */
record AuthOutcome(String username, ApiResponse rejection) {

  static AuthOutcome anonymous() {
    return new AuthOutcome(null, null);
  }

  static AuthOutcome user(String username) {
    return new AuthOutcome(username, null);
  }

  static AuthOutcome rejected(ApiResponse response) {
    return new AuthOutcome(null, response);
  }

  boolean isAnonymous() {
    return username == null && rejection == null;
  }
}
