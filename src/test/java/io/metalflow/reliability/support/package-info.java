/**
 * Test support for the reliability suites: starting the lab and Metalflow as separate JVMs ({@link
 * io.metalflow.reliability.support.ExternalLab}, {@link
 * io.metalflow.reliability.support.ExternalMetalflow}), the engine's REST API with Basic auth
 * ({@link io.metalflow.reliability.support.EngineRest}), an operator that drives stacks to their
 * end ({@link io.metalflow.reliability.support.StackOperator}), the lab's own records ({@link
 * io.metalflow.reliability.support.LabRecords}) and the invariants every run must leave ({@link
 * io.metalflow.reliability.support.LabInvariants}).
 */
package io.metalflow.reliability.support;
