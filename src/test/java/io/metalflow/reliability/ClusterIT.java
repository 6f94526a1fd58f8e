package io.metalflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.lab.juju.LabCounters;
import io.metalflow.reliability.support.ExternalLab;
import io.metalflow.reliability.support.ExternalMetalflow;
import io.metalflow.reliability.support.JvmLauncher;
import io.metalflow.reliability.support.LabInvariants;
import io.metalflow.reliability.support.LabRecords;
import io.metalflow.reliability.support.PostgresDatabase;
import io.metalflow.reliability.support.RunDirectory;
import io.metalflow.reliability.support.StackMachines;
import io.metalflow.reliability.support.StackOperator;
import io.metalflow.reliability.support.StackPlan;
import io.metalflow.reliability.support.StackRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, cluster: two Metalflow nodes (separate JVMs from the packaged jar, profile {@code
 * postgres}) on one PostgreSQL and one lab JVM run N stacks together ({@code
 * -Dreliability.cluster.stacks}, 20 by default), started through both nodes. Mid-run node A is
 * SIGKILLed while it holds job locks; node B takes those jobs once their locks expire (lock time 20
 * s) and finishes every stack. The job log shows each job succeeded exactly once, on one node; the
 * lab shows each juju call once per controller.
 */
class ClusterIT {

  static final int STACKS = Integer.getInteger("reliability.cluster.stacks", 20);
  static final String PREFIX = "cluster";
  private static final DateTimeFormatter CAMUNDA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Test
  void twoNodesRunEveryJobOnceAndTheSurvivorFinishesTheKilledNodesWork() {
    PostgresDatabase db = PostgresDatabase.require();
    db.reset();
    Path dataDir = RunDirectory.create(PREFIX);
    JvmLauncher launcher = JvmLauncher.preferJar();
    List<StackPlan> plans =
        IntStream.rangeClosed(1, STACKS)
            .mapToObj(n -> new StackPlan(PREFIX, n, FaultSoakIT.WORKLOAD_TAG))
            .toList();
    Instant begin = Instant.now();
    try (ExternalLab lab =
            ExternalLab.start(
                launcher,
                dataDir,
                Map.of("time-scale", "0.02", "maas.machines", Integer.toString(3 * STACKS + 2)));
        ExternalMetalflow nodeA = node(launcher, "node-a", dataDir, lab, db);
        ExternalMetalflow nodeB = node(launcher, "node-b", dataDir, lab, db)) {
      // Given two nodes on one database (A creates the schema, B joins) and a machine per stack
      StackMachines.tag(lab.maas(), plans, FaultSoakIT.WORKLOAD_TAG);
      nodeA.start();
      nodeB.withAdminPassword(nodeA.adminPassword()).start();
      System.out.printf(
          "[cluster] nodes from %s, job lock owners %s, %s%n",
          launcher.description(), nodeA.jobLockOwner(), nodeB.jobLockOwner());
      assertThat(nodeA.jobLockOwner()).as("node-a's lock owner from /actuator/health").isNotBlank();
      LabRecords records = lab.records();
      StackOperator operator = StackOperator.standard(nodeB::rest, PREFIX + "-");

      // When N stacks start through both nodes, and node A is killed mid-run holding job locks
      for (StackPlan plan : plans) {
        operator.start(plan, plan.number() % 2 == 0 ? nodeA.rest() : nodeB.rest());
      }
      boolean midRun =
          operator.runUntil(
              () ->
                  pastBootstrap(records, plans) >= STACKS / 2
                      && !db.jobsLockedBy(nodeA.jobLockOwner()).isEmpty(),
              Duration.ofMinutes(5));
      assertThat(midRun).as("half the stacks past bootstrap while node A holds locks").isTrue();
      nodeA.kill();
      Instant killed = Instant.now();
      List<String> orphaned = db.jobsLockedBy(nodeA.jobLockOwner());
      System.out.printf(
          "[cluster] killed node-a after %d s, %d of %d stacks past bootstrap, %d jobs left locked"
              + " by it%n",
          Duration.between(begin, killed).toSeconds(),
          pastBootstrap(records, plans),
          STACKS,
          orphaned.size());
      // 20 stacks take about 2 minutes on a busy 2-core machine; the deadline is about twice that
      boolean allEnded = operator.runToEnd(Duration.ofMinutes(3 + STACKS / 5));

      // Then node B finished every stack, each job succeeded once on one node, the killed node's
      // jobs ran on B after their locks expired, each juju call happened once
      List<JsonNode> successes = nodeB.rest().jobLog("successLog=true");
      Map<String, List<JsonNode>> byJob =
          successes.stream().collect(Collectors.groupingBy(j -> j.path("jobId").asText()));
      Map<String, Long> byNode =
          successes.stream()
              .collect(
                  Collectors.groupingBy(
                      j -> j.path("hostname").asText(), TreeMap::new, Collectors.counting()));
      long takenOver = orphaned.stream().filter(id -> ranOnBAfter(byJob.get(id), killed)).count();
      long completed = operator.runs().stream().filter(StackRun::tornDown).count();
      System.out.printf(
          "[cluster] stacks %d, completed %d; jobs succeeded %d (per node %s), jobs that succeeded"
              + " more than once %d; node-a's locked jobs taken over by node-b %d of %d; job"
              + " failures %d; took %d s%n",
          STACKS,
          completed,
          byJob.size(),
          byNode,
          byJob.values().stream().filter(logs -> logs.size() > 1).count(),
          takenOver,
          orphaned.size(),
          nodeB.rest().count("/history/job-log/count?failureLog=true"),
          Duration.between(begin, Instant.now()).toSeconds());
      operator.runs().forEach(run -> System.out.println("[cluster] " + run));

      assertThat(allEnded).as("every stack ended").isTrue();
      assertThat(operator.runs())
          .allSatisfy(run -> assertThat(run.tornDown()).as(run.toString()).isTrue());
      assertThat(byJob)
          .allSatisfy((job, logs) -> assertThat(logs).as("successes of job " + job).hasSize(1));
      assertThat(byNode).containsOnlyKeys("node-a", "node-b");
      assertThat(orphaned).as("jobs node-a held when killed").isNotEmpty();
      assertThat(takenOver)
          .as("node-a's jobs done by node-b after the kill")
          .isEqualTo(orphaned.size());
      for (StackPlan plan : plans) {
        assertThat(records.counters(plan.controller()))
            .as("juju calls of " + plan.controller())
            .isEqualTo(new LabCounters(1, 3, 2, 1));
      }
      LabInvariants.check(lab.dataDir(), lab.maas(), Duration.ofMinutes(1));
    }
  }

  private static ExternalMetalflow node(
      JvmLauncher launcher, String name, Path dataDir, ExternalLab lab, PostgresDatabase db) {
    ExternalMetalflow node =
        ExternalMetalflow.create(
            launcher,
            name,
            dataDir.resolve(name),
            lab,
            Map.of("spring.profiles.active", "postgres"));
    db.metalflowEnvironment().forEach(node::withEnv);
    return node;
  }

  /** Stacks whose controller exists and whose first application was deployed. */
  private static long pastBootstrap(LabRecords records, List<StackPlan> plans) {
    return plans.stream().filter(p -> records.counters(p.controller()).deploys() >= 2).count();
  }

  /** The job's one success was on node-b after the kill (it waited for node-a's lock to expire). */
  private static boolean ranOnBAfter(List<JsonNode> logs, Instant killed) {
    if (logs == null || logs.size() != 1) {
      return false;
    }
    JsonNode log = logs.get(0);
    Instant at = OffsetDateTime.parse(log.path("timestamp").asText(), CAMUNDA_TIME).toInstant();
    return log.path("hostname").asText().equals("node-b") && at.isAfter(killed);
  }
}
