/**
 * The MAAS 2.0 REST API as Metalflow uses it: a typed client ({@link io.metalflow.maas.MaasClient})
 * over OkHttp with OAuth 1.0 PLAINTEXT signing, typed results and one exception hierarchy that says
 * whether a retry can help. Only {@code OkHttpMaasClient} knows the transport.
 */
package io.metalflow.maas;
