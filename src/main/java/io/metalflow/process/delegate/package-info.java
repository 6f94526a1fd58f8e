/**
 * The Spring beans the BPMN files call by name ({@code camunda:delegateExpression="${…}"}): one
 * thin delegate per service task (read variables, call one client method, write variables), the
 * start listener that fills defaults and timings, input validation, and {@link
 * io.metalflow.process.delegate.BpmnErrors}, the only place where an exception becomes a BPMN
 * error. Business outcomes (key refused, job failed, unit in error…) are BPMN errors or gateway
 * variables; every other failure propagates so the engine retries the job and raises an incident
 * when the retries are spent. Variables are primitives or Spin {@code Json}, never secrets.
 */
package io.metalflow.process.delegate;
