package io.metalflow.lab.maas;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Fault injection, changeable while the simulator runs. Starts from the settings' faults. Thread
 * safe. Changes are not persisted: a restart or {@link MaasSimulator#reset()} takes the settings'
 * faults again.
 */
public final class MaasFaults {

  private final Set<String> failFirstCommissioning = ConcurrentHashMap.newKeySet();
  private final Set<String> stuckDeploying = ConcurrentHashMap.newKeySet();
  private final Random random;
  private volatile double unavailableRate;
  private volatile Consumer<String> onUnstuck = hostname -> {};

  private final MaasLabSettings settings;

  MaasFaults(MaasLabSettings settings) {
    this.settings = settings;
    random = new Random(settings.seed());
    restore();
  }

  /** Back to the settings' faults. */
  void restore() {
    failFirstCommissioning.clear();
    failFirstCommissioning.addAll(settings.failFirstCommissioning());
    stuckDeploying.clear();
    stuckDeploying.addAll(settings.stuckDeploying());
    unavailableRate = settings.unavailableRate();
  }

  /** Share (0..1) of authenticated API calls answered 503 with {@code Retry-After: 1}. */
  public double unavailableRate() {
    return unavailableRate;
  }

  public void setUnavailableRate(double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("unavailable rate must be 0..1: " + rate);
    }
    unavailableRate = rate;
  }

  /** The machine's next commissioning fails if it has not failed one yet. */
  public void failFirstCommissioning(String hostname) {
    failFirstCommissioning.add(hostname);
  }

  public void clearFailFirstCommissioning(String hostname) {
    failFirstCommissioning.remove(hostname);
  }

  /** The machine stays in Deploying ({@code Rebooting}) from now on. */
  public void stuckDeploying(String hostname) {
    stuckDeploying.add(hostname);
  }

  /** Lets a stuck machine finish its deployment. */
  public void unstickDeploying(String hostname) {
    if (stuckDeploying.remove(hostname)) {
      onUnstuck.accept(hostname);
    }
  }

  public Set<String> failFirstCommissioningHosts() {
    return Set.copyOf(failFirstCommissioning);
  }

  public Set<String> stuckDeployingHosts() {
    return Set.copyOf(stuckDeploying);
  }

  boolean failsFirstCommissioning(String hostname) {
    return failFirstCommissioning.contains(hostname);
  }

  boolean isStuckDeploying(String hostname) {
    return stuckDeploying.contains(hostname);
  }

  /** Draws whether this call is answered 503. */
  boolean drawUnavailable() {
    double rate = unavailableRate;
    if (rate <= 0.0) {
      return false;
    }
    synchronized (random) {
      return random.nextDouble() < rate;
    }
  }

  void onUnstuck(Consumer<String> listener) {
    onUnstuck = listener;
  }
}
