/**
 * Reliability suites (profile {@code reliability}, names ending in {@code IT}): Metalflow and the
 * lab in separate JVMs, killed and restarted mid-stack; a fault soak of many concurrent stacks; two
 * nodes on one PostgreSQL. Slow by nature, so kept out of the default {@code mvn verify}.
 */
package io.metalflow.reliability;
