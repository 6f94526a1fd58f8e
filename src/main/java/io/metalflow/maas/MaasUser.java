package io.metalflow.maas;

/** {@code GET users/?op=whoami}. */
public record MaasUser(String username, String email, boolean superuser) {}
