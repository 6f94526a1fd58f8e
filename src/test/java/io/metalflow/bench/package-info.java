/**
 * The benchmark (issue 8): Metalflow on the embedded lab against a plain sequential "manual"
 * program over the same SSH main host and MAAS simulator. Test-scope code run by {@link
 * io.metalflow.bench.Benchmark}'s {@code main} ({@code mvn -Pbench verify}); it is not a test and
 * not part of {@code mvn verify}. See {@code docs/benchmarks.md}.
 */
package io.metalflow.bench;
