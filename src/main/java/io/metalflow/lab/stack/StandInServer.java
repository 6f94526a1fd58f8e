package io.metalflow.lab.stack;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK {@code HttpServer} on one loopback address and port, with TCP_NODELAY and daemon worker
 * threads. Refuses any address outside 127.0.0.0/8.
 */
final class StandInServer implements AutoCloseable {

  static {
    // Read once when the JDK's server configuration class loads: set before the first server.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private StandInServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static StandInServer start(String address, int port, String name, HttpHandler handler) {
    InetAddress bind = loopback(address);
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, name + "-" + address + ":" + port);
              thread.setDaemon(true);
              return thread;
            });
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 16);
      server.createContext("/", handler);
      server.setExecutor(executor);
      server.start();
      return new StandInServer(server, executor);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException(
          "cannot start " + name + " stand-in on " + address + ":" + port, e);
    }
  }

  static InetAddress loopback(String address) {
    try {
      InetAddress parsed = InetAddress.getByName(address);
      if (!address.startsWith("127.") || !parsed.isLoopbackAddress()) {
        throw new IllegalArgumentException("stand-ins listen on 127.0.0.0/8 only: " + address);
      }
      return parsed;
    } catch (IOException e) {
      throw new IllegalArgumentException("not an IPv4 address: " + address, e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
