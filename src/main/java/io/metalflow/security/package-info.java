/**
 * Who may do what, and what reaches the engine: the admin account (password from the environment or
 * generated once into the data directory, checked against the engine's password policy), HTTP Basic
 * authentication on {@code /engine-rest}, the {@code operators} and {@code viewers} groups with
 * their Camunda authorizations, and the request limits of the REST and webapp APIs (body size, no
 * Java-serialized or {@code Object} variables, text the engine can store). See docs/security.md.
 */
package io.metalflow.security;
