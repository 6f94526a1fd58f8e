package io.metalflow.stack;

/**
 * Checks that Grafana uses Prometheus as a data source, through SSH tunnels to the units'
 * addresses. Creates the data source through Grafana's API when the relation did not; a second call
 * finds it and creates nothing.
 */
public interface StackVerifier {

  StackVerification verify(
      String controller, String model, String grafanaApp, String prometheusApp);
}
