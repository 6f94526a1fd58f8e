package io.metalflow.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}) launched headless by
 * Playwright with a fresh profile. Playwright never downloads a browser, and Chromium's background
 * networking is off: the machine has no internet, and Chromium hangs trying to reach it.
 *
 * <p>A missing Chromium fails the test under {@code CI=true} and skips it elsewhere.
 */
final class Chromium implements AutoCloseable {

  static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");

  static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final BrowserContext context;
  private final Path profile;

  private Chromium(Playwright playwright, BrowserContext context, Path profile) {
    this.playwright = playwright;
    this.context = context;
    this.profile = profile;
  }

  /** Launches Chromium, or fails (CI) / skips (elsewhere) the test when it is not installed. */
  static Chromium launch() {
    Path executable = requireInstalled(executable(), isCi());
    Path profile = newProfile();
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      BrowserContext context =
          playwright
              .chromium()
              .launchPersistentContext(
                  profile,
                  new BrowserType.LaunchPersistentContextOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGS)
                      .setViewportSize(1400, 1000));
      context.setDefaultTimeout(30_000);
      return new Chromium(playwright, context, profile);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  private static Path newProfile() {
    try {
      return Files.createTempDirectory("metalflow-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path requireInstalled(Path executable, boolean ci) {
    if (Files.isExecutable(executable)) {
      return executable;
    }
    String message =
        "Chromium not found at "
            + executable
            + ": the browser tests drive Debian's Chromium (apt-get install -y chromium),"
            + " or set CHROMIUM_PATH to a Chromium executable";
    if (ci) {
      throw new IllegalStateException(message + ". CI=true, so this is a failure.");
    }
    return Assumptions.abort(message + ". Skipping (set CI=true to make this a failure).");
  }

  private static Path executable() {
    String configured = System.getenv("CHROMIUM_PATH");
    return configured == null || configured.isBlank() ? DEBIAN_CHROMIUM : Paths.get(configured);
  }

  private static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** A new tab; tabs share the cookies, so one login serves Tasklist, Cockpit and the lab view. */
  Page newPage() {
    return context.newPage();
  }

  /** Saves every open tab as {@code <prefix>-<n>.png}; a tab that cannot be captured is skipped. */
  void screenshotAll(String prefix) {
    List<Page> pages = context.pages();
    for (int i = 0; i < pages.size(); i++) {
      try {
        Screenshots.of(pages.get(i), prefix + "-" + i);
      } catch (RuntimeException e) {
        // the failure being reported matters more than its pictures
      }
    }
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      playwright.close();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is harmless
    }
  }
}
