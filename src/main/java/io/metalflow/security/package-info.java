/**
 * Who may do what: the admin account (password from the environment or generated once into the data
 * directory), HTTP Basic authentication on {@code /engine-rest}, and the {@code operators} and
 * {@code viewers} groups with their Camunda authorizations.
 */
package io.metalflow.security;
