/**
 * The MAAS 2.0 REST API as Metalflow uses it: a typed client ({@link io.metalflow.maas.MaasClient})
 * over OkHttp with OAuth 1.0 PLAINTEXT signing, typed results and one exception hierarchy that says
 * whether a retry can help.
 *
 * <p>{@code OkHttpMaasClient} builds the calls ({@code MaasRequest}) and reads the answers ({@code
 * MaasJson}); {@code MaasHttp} sends them and {@code MaasErrors} maps every non-2xx answer to its
 * exception. Cross-cutting concerns are interceptors on one shared OkHttp client ({@code
 * MaasHttpClients}): retry of transient faults, OAuth signing with the key from {@code
 * MaasApiKeySource}, and redacted logging. {@code MaasClientConfiguration} wires it from {@code
 * metalflow.maas.*} and adds the {@code maas} health indicator.
 */
package io.metalflow.maas;
