package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code GET events/?op=query}: node events newest first, filtered by {@code hostname}, {@code id},
 * {@code agent_name}, {@code owner}, minimum {@code level} (default INFO), {@code before}/{@code
 * after} an event id, at most {@code limit} (default 100, max 1000).
 */
final class EventsQueryHandler implements ApiOperation {

  private static final String[] MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };

  private final LabContext ctx;

  EventsQueryHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    EventLevel level = level(p.first("level"));
    int limit = limit(p.first("limit"));
    if (p.has("before") && p.has("after")) {
      throw ApiError.badRequest(
          "There is undetermined behaviour when both \"after\" and \"before\" are specified.");
    }
    return ctx.lab().read(s -> answer(s, p, level, limit));
  }

  private ApiResponse answer(LabState s, Params p, EventLevel level, int limit) {
    Predicate<LabEvent> wanted = e -> e.level().atLeast(level) && matchesNode(s, p, e);
    List<LabEvent> events =
        s.events.stream()
            .filter(wanted)
            .filter(e -> !p.has("before") || e.id() < number(p.first("before")))
            .filter(e -> !p.has("after") || e.id() > number(p.first("after")))
            .sorted(Comparator.comparingLong(LabEvent::id).reversed())
            .limit(limit)
            .toList();
    ObjectNode json = LabJson.object();
    json.put("count", events.size());
    ArrayNode array = json.putArray("events");
    events.forEach(e -> array.add(render(e)));
    String base = SiteJson.API + "events/?op=query&limit=" + limit;
    long newest = events.isEmpty() ? 0 : events.get(0).id();
    long oldest = events.isEmpty() ? 0 : events.get(events.size() - 1).id();
    json.put("prev_uri", base + "&after=" + newest);
    json.put("next_uri", base + "&before=" + oldest);
    return ApiResponse.json(json);
  }

  private static boolean matchesNode(LabState s, Params p, LabEvent e) {
    Optional<LabMachine> m = s.machine(e.node());
    return (!p.has("hostname") || p.all("hostname").contains(e.hostname()))
        && (!p.has("id") || p.all("id").contains(e.node()))
        && (!p.has("agent_name")
            || m.filter(x -> p.all("agent_name").contains(x.agentName)).isPresent())
        && (!p.has("owner") || m.filter(x -> p.all("owner").contains(x.owner)).isPresent());
  }

  private static ObjectNode render(LabEvent e) {
    ObjectNode json = LabJson.object();
    json.put("username", e.username() == null ? "unknown" : e.username());
    json.put("node", e.node());
    json.put("hostname", e.hostname());
    json.put("id", e.id());
    json.put("level", e.level().name());
    json.put("created", created(e.created().atZone(ZoneOffset.UTC)));
    json.put("type", e.type());
    json.put("description", e.description());
    return json;
  }

  /** Django's {@code D, d N Y H:i:s}, e.g. {@code Fri, 07 Dec. 2018 20:11:08}. */
  static String created(ZonedDateTime t) {
    String day =
        t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    return String.format(
        "%s, %02d %s %d %02d:%02d:%02d",
        day,
        t.getDayOfMonth(),
        MONTHS[t.getMonthValue() - 1],
        t.getYear(),
        t.getHour(),
        t.getMinute(),
        t.getSecond());
  }

  private static EventLevel level(String value) {
    if (value == null) {
      return EventLevel.INFO;
    }
    return EventLevel.parse(value)
        .orElseThrow(() -> ApiError.badRequest("Unrecognised log level: " + value));
  }

  private static int limit(String value) {
    int limit = value == null ? 100 : (int) number(value);
    if (limit > 1000) {
      throw ApiError.badRequest(
          "Requested number of events " + limit + " is greater than limit: 1000");
    }
    return Math.max(limit, 0);
  }

  private static long number(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("Invalid number: " + value);
    }
  }
}
