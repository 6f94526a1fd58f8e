package io.metalflow.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws (c) as a PNG with Java2D: for each level of concurrency, the time until every stack ended
 * and the throughput, Metalflow (concurrent) against the baseline (the same stacks one after
 * another; hatched where extrapolated from the single-run mean).
 */
final class ConcurrencyPlot {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 480;
  private static final Color METALFLOW = new Color(0x2b6cb0);
  private static final Color BASELINE = new Color(0xc05621);

  private ConcurrencyPlot() {}

  static void write(List<ConcurrencyPoint> points, String subtitle, Path file) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(
        "Concurrent observability stacks: Metalflow vs. the manual baseline in a row", 20, 26);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString(subtitle, 20, 44);
    panel(
        g,
        points,
        60,
        "time until all stacks ended (s)",
        ConcurrencyPoint::seconds,
        ConcurrencyPoint::baselineSeconds);
    panel(
        g,
        points,
        WIDTH / 2 + 40,
        "throughput (stacks per minute)",
        ConcurrencyPoint::throughputPerMinute,
        ConcurrencyPoint::baselineThroughputPerMinute);
    legend(g);
    g.dispose();
    Files.createDirectories(file.toAbsolutePath().getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  private static void panel(
      Graphics2D g,
      List<ConcurrencyPoint> points,
      int left,
      String title,
      ToDoubleFunction<ConcurrencyPoint> metalflow,
      ToDoubleFunction<ConcurrencyPoint> baseline) {
    int top = 80;
    int bottom = HEIGHT - 80;
    int width = WIDTH / 2 - 90;
    double max = 0;
    for (ConcurrencyPoint p : points) {
      max = Math.max(max, Math.max(metalflow.applyAsDouble(p), baseline.applyAsDouble(p)));
    }
    max = niceCeiling(max);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(title, left, top - 10);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    axis(g, left, top, bottom, width, max);
    int slot = width / Math.max(1, points.size());
    for (int i = 0; i < points.size(); i++) {
      ConcurrencyPoint p = points.get(i);
      int x = left + i * slot + slot / 6;
      int bar = slot / 3;
      bar(g, x, bottom, bar, metalflow.applyAsDouble(p), max, bottom - top, METALFLOW, false);
      bar(
          g,
          x + bar,
          bottom,
          bar,
          baseline.applyAsDouble(p),
          max,
          bottom - top,
          BASELINE,
          !p.baselineMeasured());
      g.setColor(Color.BLACK);
      g.drawString(p.stacks() + (p.stacks() == 1 ? " stack" : " stacks"), x, bottom + 16);
      g.drawString(
          String.format(java.util.Locale.ROOT, "%.1f× faster", p.baselineSeconds() / p.seconds()),
          x,
          bottom + 30);
      g.drawString(
          String.format(java.util.Locale.ROOT, "heap %.0f MiB", p.peakHeapMib()), x, bottom + 44);
    }
  }

  private static void axis(Graphics2D g, int left, int top, int bottom, int width, double max) {
    g.setColor(Color.GRAY);
    g.drawLine(left, bottom, left + width, bottom);
    g.drawLine(left, top, left, bottom);
    for (int i = 0; i <= 4; i++) {
      int y = bottom - (bottom - top) * i / 4;
      g.setColor(new Color(0xe2e8f0));
      g.drawLine(left + 1, y, left + width, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(format(max * i / 4), left - 40, y + 4);
    }
  }

  private static void bar(
      Graphics2D g,
      int x,
      int bottom,
      int width,
      double value,
      double max,
      int height,
      Color color,
      boolean hatched) {
    int h = (int) Math.round(value / max * height);
    g.setColor(hatched ? color.brighter() : color);
    g.fillRect(x, bottom - h, width - 4, h);
    if (hatched) {
      java.awt.Shape clip = g.getClip();
      g.clipRect(x, bottom - h, width - 4, h);
      g.setColor(color.darker());
      g.setStroke(new BasicStroke(1));
      for (int d = -h; d < width; d += 6) {
        g.drawLine(x + d, bottom, x + d + h, bottom - h);
      }
      g.setClip(clip);
    }
    g.setColor(Color.BLACK);
    g.drawString(format(value), x, bottom - h - 4);
  }

  private static void legend(Graphics2D g) {
    int y = HEIGHT - 14;
    g.setColor(METALFLOW);
    g.fillRect(20, y - 10, 12, 12);
    g.setColor(Color.BLACK);
    g.drawString("Metalflow, stacks at once", 38, y);
    g.setColor(BASELINE);
    g.fillRect(220, y - 10, 12, 12);
    g.setColor(Color.BLACK);
    g.drawString(
        "baseline, the same stacks one after another (light/hatched: single-run mean × stacks)",
        238,
        y);
  }

  private static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String format(double value) {
    return value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
  }
}
