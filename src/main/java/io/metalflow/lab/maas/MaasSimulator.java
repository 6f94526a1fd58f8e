package io.metalflow.lab.maas;

import com.sun.net.httpserver.HttpServer;
import io.metalflow.maas.MaasApiKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MAAS 2.0 API simulator on the JDK HTTP server, serving {@code <url()>/api/2.0/…} to any MAAS
 * client holding {@link #apiKey()}. Needs no Spring.
 *
 * <p>With a data dir it writes the key to {@code <dataDir>/lab/maas-api-key} (0600) and keeps the
 * lab in {@code <dataDir>/lab/maas-state.json} after every change; starting again on the same data
 * dir reuses both and resumes machines that were mid-phase. Without one, everything is in memory.
 *
 * <p>Thread safe. {@link #close()} stops the server and the lifecycle timers (idempotent).
 */
public final class MaasSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MaasSimulator.class);

  static {
    // Without TCP_NODELAY every response waits for the peer's delayed ACK (~40 ms).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final MaasLabSettings settings;
  private final Clock clock;
  private final MaasApiKey key;
  private final LabMachines lab;
  private final StageScheduler scheduler;
  private final MaasFaults faults;
  private final OperationLog log = new OperationLog();
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicBoolean closed = new AtomicBoolean();

  private MaasSimulator(MaasLabSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    Path dataDir = settings.dataDir();
    this.key = dataDir == null ? LabApiKey.generate() : LabApiKey.loadOrCreate(dataDir);
    LabStateFile file = dataDir == null ? null : new LabStateFile(dataDir);
    LabState state = load(file);
    this.lab = new LabMachines(state, file);
    this.scheduler = new StageScheduler();
    this.faults = new MaasFaults(settings);
    StageRunner stages = new StageRunner(lab, scheduler, faults, settings.timings(), clock);
    faults.onUnstuck(stages::resume);
    LabNetwork network = new LabNetwork(settings.addressPrefix());
    MachineLifecycle lifecycle = new MachineLifecycle(stages, network, clock);
    LabContext ctx =
        new LabContext(
            lab,
            lifecycle,
            new MachineInterventions(lifecycle, stages, clock),
            new MachineJson(network));
    lab.update(stages::resumeAll);
    this.executor = Executors.newFixedThreadPool(4, daemonThreads());
    this.server =
        bind(
            new ApiDispatcher(
                new ApiRoutes(ctx), new OAuthVerifier(key, clock), faults, log, clock));
  }

  /** Starts a simulator on the system clock. */
  public static MaasSimulator start(MaasLabSettings settings) {
    return start(settings, Clock.systemUTC());
  }

  /**
   * Starts a simulator; {@code clock} drives OAuth timestamps, event times and phase due times.
   *
   * @throws MaasSimulatorException when the port cannot be bound or the data dir cannot be used
   */
  public static MaasSimulator start(MaasLabSettings settings, Clock clock) {
    MaasSimulator simulator = new MaasSimulator(settings, clock);
    simulator.server.start();
    LOG.info("MAAS lab simulator listening on {}", simulator.url());
    return simulator;
  }

  /** The MAAS URL as clients are configured with it, e.g. {@code http://127.0.0.1:5240/MAAS}. */
  public URI url() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + server.getAddress().getPort() + "/MAAS");
  }

  /** The API key {@code consumer_key:token_key:token_secret} (18:18:32). A secret: never log it. */
  public String apiKey() {
    return key.reveal();
  }

  public MaasLabSettings settings() {
    return settings;
  }

  /** What the simulator was asked, oldest first (the last 10 000 requests). */
  public List<RecordedOperation> operations() {
    return log.snapshot();
  }

  /** Read access to the machines, including what the API hides ({@code agent_name}). */
  public LabMachinesView machines() {
    return lab;
  }

  /** Runtime fault control. */
  public MaasFaults faults() {
    return faults;
  }

  /**
   * Back to the reference lab: pending phases cancelled, tags and events gone, faults as in the
   * settings, operation log cleared. The API key stays.
   */
  public void reset() {
    lab.replace(ReferenceLab.build(settings, clock.instant()), scheduler::cancelAll);
    faults.restore();
    log.clear();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    scheduler.close();
  }

  private LabState load(LabStateFile file) {
    if (file == null) {
      return ReferenceLab.build(settings, clock.instant());
    }
    return file.load().orElseGet(() -> ReferenceLab.build(settings, clock.instant()));
  }

  private HttpServer bind(ApiDispatcher dispatcher) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 50);
      http.createContext("/", dispatcher);
      http.setExecutor(executor);
      return http;
    } catch (IOException e) {
      executor.shutdownNow();
      scheduler.close();
      throw new MaasSimulatorException(
          "cannot bind the MAAS simulator to " + settings.host() + ":" + settings.port(), e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread thread = new Thread(r, "maas-sim-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
