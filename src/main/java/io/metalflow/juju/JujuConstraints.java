package io.metalflow.juju;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Juju constraints: {@code key=value} pairs separated by single spaces, each key known and given
 * once, each value in the shape its key allows ({@code tags} and {@code spaces} are comma lists
 * where {@code ^} negates an entry). Returns the string unchanged when valid, otherwise throws
 * {@link InvalidJujuNameException} naming the field, the pair and the rule.
 */
public final class JujuConstraints {

  private static final int MAX_LENGTH = 1024;
  private static final String TAG = "\\^?[A-Za-z0-9_][A-Za-z0-9_-]{0,63}";
  private static final String SPACE = "\\^?[a-z0-9][a-z0-9-]{0,62}";
  private static final String ZONE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";
  private static final String SIZE = "[0-9]{1,9}(?:\\.[0-9]{1,3})?[MGTP]?";
  private static final Map<String, NameRule> VALUES = new TreeMap<>();

  static {
    value("arch", "amd64|arm64|ppc64el|s390x|riscv64|armhf|i386", "amd64, arm64, ppc64el, ...");
    value("cores", "[0-9]{1,6}", "a whole number");
    value("cpu-power", "[0-9]{1,6}", "a whole number");
    value("mem", SIZE, "a size like 4096M or 4G");
    value("root-disk", SIZE, "a size like 32G");
    value("tags", list(TAG), "a comma list of MAAS tags, ^tag to exclude one");
    value("zones", list(ZONE), "a comma list of zone names");
    value("spaces", list(SPACE), "a comma list of space names, ^space to exclude one");
    value("virt-type", "[a-z0-9][a-z0-9-]{0,31}", "e.g. kvm or virtual-machine");
    value("instance-type", "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", "a provider instance type");
    value("container", "lxd|kvm", "lxd or kvm");
    value("allocate-public-ip", "true|false", "true or false");
    value("image-id", "[A-Za-z0-9][A-Za-z0-9._-]{0,127}", "a provider image id");
  }

  private JujuConstraints() {}

  private static void value(String key, String regex, String rule) {
    VALUES.put(key, NameRule.of(regex, 512, rule));
  }

  private static String list(String item) {
    return item + "(?:," + item + ")*";
  }

  public static String check(String field, String constraints) {
    if (constraints == null || constraints.isEmpty()) {
      throw new InvalidJujuNameException(field + " are missing: use key=value pairs");
    }
    if (constraints.length() > MAX_LENGTH) {
      throw new InvalidJujuNameException(
          "invalid " + field + " (" + constraints.length() + " characters): at most " + MAX_LENGTH);
    }
    Set<String> seen = new HashSet<>();
    for (String pair : constraints.split(" ", -1)) {
      checkPair(field, pair, seen);
    }
    return constraints;
  }

  private static void checkPair(String field, String pair, Set<String> seen) {
    int equals = pair.indexOf('=');
    if (equals <= 0) {
      throw NameRule.refused(
          field, pair, "use key=value pairs separated by single spaces, e.g. \"tags=juju mem=4G\"");
    }
    String key = pair.substring(0, equals);
    NameRule rule = VALUES.get(key);
    if (rule == null) {
      throw NameRule.refused(field, pair, "unknown key; known keys are " + VALUES.keySet());
    }
    if (!seen.add(key)) {
      throw NameRule.refused(field, pair, "key \"" + key + "\" is given twice");
    }
    rule.check(field + " value for " + key, pair.substring(equals + 1));
  }
}
