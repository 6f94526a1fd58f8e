package io.metalflow.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShellRemoteJobsTest {

  @RegisterExtension static OpenSshServerExtension sshd = new OpenSshServerExtension();

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final AtomicInteger RUNS = new AtomicInteger();

  private JschCommandRunner ssh;
  private CountingRunner counting;
  private ShellRemoteJobs jobs;

  @BeforeEach
  void connect() {
    ssh = new JschCommandRunner(sshd.properties(2));
    counting = new CountingRunner(ssh);
    jobs = new ShellRemoteJobs(counting, "main-host", TIMEOUT);
  }

  @AfterEach
  void close() {
    ssh.close();
  }

  @Test
  void wrapperIsUploadedOnceWithMode0755AndReusedByTheNextInstance() throws Exception {
    // Given a home without the wrapper
    Files.deleteIfExists(wrapperFile());

    // When a first instance starts a job and checks it
    RunId first = newRunId();
    jobs.start(first, List.of("true"));
    jobs.status(first);

    // Then the wrapper was uploaded once, byte for byte, executable
    assertThat(counting.uploads.get()).isEqualTo(1);
    assertThat(Files.readAllBytes(wrapperFile())).isEqualTo(ShellRemoteJobs.script());
    assertThat(mode(ShellRemoteJobs.WRAPPER)).isEqualTo("755");

    // And a second instance (a restarted Metalflow) finds it by its version and uploads nothing
    var again = new CountingRunner(ssh);
    new ShellRemoteJobs(again, "main-host", TIMEOUT).status(first);
    assertThat(again.uploads.get()).isZero();
  }

  @Test
  void wrapperOfAnotherVersionIsReplacedByANewFileNotOverwrittenInPlace() throws Exception {
    // Given an old wrapper that answers another version, open as a shell running a job has it
    String oldScript = "#!/bin/sh\necho 'metalflow-run 1'\n";
    Files.createDirectories(wrapperFile().getParent());
    Files.writeString(wrapperFile(), oldScript);
    ssh.run(List.of("chmod", "0755", ShellRemoteJobs.WRAPPER), TIMEOUT);
    try (FileChannel runningShell = FileChannel.open(wrapperFile(), StandardOpenOption.READ)) {

      // When a job is started
      RunId run = newRunId();
      assertThat(jobs.start(run, List.of("true"))).isTrue();

      // Then the current wrapper replaced it and answers the new protocol
      assertThat(counting.uploads.get()).isEqualTo(1);
      assertThat(Files.readAllBytes(wrapperFile())).isEqualTo(ShellRemoteJobs.script());
      assertThat(jobs.stop(run).state()).isEqualTo(JobStatus.State.EXITED);

      // And the shell still reads the old content where it was
      ByteBuffer rest = ByteBuffer.allocate(4096);
      runningShell.read(rest, 0);
      assertThat(new String(rest.array(), 0, rest.position(), StandardCharsets.UTF_8))
          .isEqualTo(oldScript);
    }
  }

  @Test
  void wrapperDeletedBehindOurBackIsReinstalled() throws Exception {
    // Given an instance that has installed the wrapper once
    RunId run = newRunId();
    jobs.start(run, List.of("true"));

    int uploadsBefore = counting.uploads.get();

    // When the wrapper disappears from the host
    Files.delete(wrapperFile());

    // Then the next call installs it again and answers
    assertThat(jobs.status(run).state()).isIn(JobStatus.State.RUNNING, JobStatus.State.EXITED);
    assertThat(counting.uploads.get()).isEqualTo(uploadsBefore + 1);
    assertThat(mode(ShellRemoteJobs.WRAPPER)).isEqualTo("755");
  }

  @Test
  void startingTheSameRunTwiceStartsItOnce() {
    // Given a run that appends a line to a file each time it runs
    RunId run = newRunId();
    List<String> argv = List.of("sh", "-c", "echo ran >> started-" + run);

    // When it is started twice
    boolean first = jobs.start(run, argv);
    boolean second = jobs.start(run, argv);

    // Then only the first call started it, and it ran once
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    await().until(() -> jobs.status(run).state() == JobStatus.State.EXITED);
    assertThat(sshd.home().resolve("started-" + run)).hasContent("ran");
  }

  @Test
  void statusReportsRunningThenTheExitCode() {
    // Given a job failing with 3 after three seconds, and one succeeding at once
    RunId failing = newRunId();
    RunId succeeding = newRunId();
    jobs.start(failing, List.of("sh", "-c", "sleep 3; exit 3"));

    // Then the first is running at first, and both end with their own exit codes
    assertThat(jobs.status(failing)).isEqualTo(JobStatus.running());
    jobs.start(succeeding, List.of("true"));
    await().atMost(Duration.ofSeconds(15)).until(() -> !jobs.status(failing).equals(running()));
    assertThat(jobs.status(failing)).isEqualTo(JobStatus.exited(3));
    await().until(() -> jobs.status(succeeding).equals(JobStatus.exited(0)));
  }

  @Test
  void logIsReadFromAByteOffset() {
    // Given a finished job that wrote to both streams
    RunId run = newRunId();
    jobs.start(run, List.of("sh", "-c", "echo hello; echo world >&2"));
    await().until(() -> jobs.status(run).equals(JobStatus.exited(0)));

    // Then its log reads from any offset, past the end giving nothing
    assertThat(jobs.log(run, 0)).isEqualTo("hello\nworld\n");
    assertThat(jobs.log(run, 6)).isEqualTo("world\n");
    assertThat(jobs.log(run, 12)).isEmpty();
    assertThat(jobs.log(run, 1000)).isEmpty();
  }

  @Test
  void hostileJobArgumentsReachTheJobIntact() {
    // Given a job whose arguments hold shell syntax
    RunId run = newRunId();
    jobs.start(run, List.of("printf", "%s\\n", "$(touch pwned)", "a b", "it's", ";"));
    await().until(() -> jobs.status(run).equals(JobStatus.exited(0)));

    // Then it printed them verbatim and nothing was executed
    assertThat(jobs.log(run, 0)).isEqualTo("$(touch pwned)\na b\nit's\n;\n");
    assertThat(sshd.home().resolve("pwned")).doesNotExist();
  }

  @Test
  void unknownRunIsUnknownAndHasNoLog() {
    RunId never = new RunId("never-started-" + System.nanoTime());

    assertThat(jobs.status(never)).isEqualTo(JobStatus.unknown());
    assertThatThrownBy(() -> jobs.log(never, 0))
        .isInstanceOf(UnknownRunException.class)
        .hasMessageContaining(never.value())
        .satisfies(e -> assertThat(((SshException) e).isRetryable()).isFalse());
  }

  @Test
  void jobSurvivesTheSshServerRestartingAndReportsItsEnd() throws Exception {
    // Given a job that outlives the connection that started it
    RunId run = newRunId();
    jobs.start(run, List.of("sh", "-c", "sleep 2; echo done; exit 3"));

    // When sshd stops, dropping every connection, and comes back
    sshd.restart();

    // Then the job still finished on its own, and the same client reads its end
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> jobs.status(run).state() == JobStatus.State.EXITED);
    assertThat(jobs.status(run)).isEqualTo(JobStatus.exited(3));
    assertThat(jobs.log(run, 0)).isEqualTo("done\n");
  }

  @Test
  void jobWhoseProcessesDiedWithoutAnExitCodeIsReportedAsExited255() {
    // Given a long job whose whole process group is killed
    RunId run = newRunId();
    jobs.start(run, List.of("sleep", "60"));
    await().until(() -> Files.exists(runDir(run).resolve("pid")));
    ssh.run(List.of("sh", "-c", "kill -9 -$(cat \"$1\")", "kill", runPath(run) + "/pid"), TIMEOUT);

    // Then the wrapper notices and reports (and keeps reporting) exit 255
    await().until(() -> jobs.status(run).equals(JobStatus.exited(255)));
    assertThat(jobs.status(run)).isEqualTo(JobStatus.exited(255));
    assertThat(jobs.log(run, 0)).contains("ended without an exit code");
  }

  @Test
  void stopInterruptsTheJobLikeCtrlCAndKeepsTheCodeItExitsWithAfterCleaningUp() {
    // Given a job that cleans up and exits 7 on SIGINT, as juju bootstrap does (Go programs catch
    // SIGINT although the wrapper's asynchronous start leaves it ignored; perl does too)
    RunId run = newRunId();
    jobs.start(
        run,
        List.of(
            "perl",
            "-e",
            "$| = 1; $SIG{INT} = sub { print qq(cleaning up\\n); open(my $f, '>', 'cleaned-'"
                + " . $ARGV[0]); exit 7 }; print qq(up\\n); sleep 300;",
            run.value()));
    await().until(() -> jobs.log(run, 0).contains("up"));

    // When it is stopped
    JobStatus stopped = jobs.stop(run);

    // Then it cleaned up and its own exit code is what status reports from now on
    assertThat(stopped).isEqualTo(JobStatus.exited(7));
    assertThat(jobs.status(run)).isEqualTo(JobStatus.exited(7));
    assertThat(sshd.home().resolve("cleaned-" + run)).exists();
    assertThat(jobs.log(run, 0))
        .isEqualTo("up\nmetalflow-run: stop: sending SIGINT to the job\ncleaning up\n");
  }

  @Test
  void stopEscalatesToSigtermForAJobThatIgnoresTheInterruptAndRecords143() {
    // Given a job that ignores SIGINT (a plain sleep inherits the ignored SIGINT), and a short
    // grace
    ShellRemoteJobs quick = new ShellRemoteJobs(ssh, "main-host", TIMEOUT, Duration.ofSeconds(1));
    RunId run = newRunId();
    quick.start(run, List.of("sleep", "300"));
    await().until(() -> Files.exists(runDir(run).resolve("pid")));

    // When it is stopped, Then SIGTERM ended it after the grace: exit 128 + 15, no process left
    assertThat(quick.stop(run)).isEqualTo(JobStatus.exited(143));
    assertThat(quick.status(run)).isEqualTo(JobStatus.exited(143));
    assertThat(quick.log(run, 0))
        .isEqualTo(
            "metalflow-run: stop: sending SIGINT to the job\n"
                + "metalflow-run: stop: sending SIGTERM to the job\n");
    assertThat(processGroupAlive(run)).isFalse();
  }

  @Test
  void stopEscalatesToSigkillForAJobThatIgnoresSigtermToo() {
    // Given a job that ignores SIGINT and SIGTERM
    ShellRemoteJobs quick = new ShellRemoteJobs(ssh, "main-host", TIMEOUT, Duration.ofSeconds(1));
    RunId run = newRunId();
    quick.start(run, List.of("sh", "-c", "trap '' TERM; sleep 300; echo survived"));
    await().until(() -> Files.exists(runDir(run).resolve("pid")));

    // When it is stopped, Then SIGKILL ended it 10 s after SIGTERM: exit 128 + 9
    assertThat(quick.stop(run)).isEqualTo(JobStatus.exited(137));
    assertThat(quick.log(run, 0))
        .endsWith("sending SIGTERM to the job\nmetalflow-run: stop: sending SIGKILL to the job\n")
        .doesNotContain("survived");
    assertThat(processGroupAlive(run)).isFalse();
  }

  @Test
  void stoppingAnEndedJobOrAgainChangesNothingAndAnUnknownRunIsUnknown() throws Exception {
    // Given a job that ended with 3 on its own
    RunId run = newRunId();
    jobs.start(run, List.of("sh", "-c", "exit 3"));
    await().until(() -> jobs.status(run).equals(JobStatus.exited(3)));

    // When it is stopped twice, Then both answer its code and no signal was sent
    assertThat(jobs.stop(run)).isEqualTo(JobStatus.exited(3));
    assertThat(jobs.stop(run)).isEqualTo(JobStatus.exited(3));
    assertThat(jobs.log(run, 0)).isEmpty();
    assertThat(runDir(run).resolve("signal")).doesNotExist();

    // And a run the host never saw is unknown, and stays so
    RunId never = new RunId("never-started-" + System.nanoTime());
    assertThat(jobs.stop(never)).isEqualTo(JobStatus.unknown());
    assertThat(runDir(never)).doesNotExist();
  }

  @Test
  void wrapperRefusesAStopWithABadGraceWithExit2() {
    jobs.status(newRunId());

    CommandResult result =
        ssh.run(List.of(ShellRemoteJobs.WRAPPER, "stop", "ok-id", "1s"), TIMEOUT);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("metalflow-run: invalid grace\n");
  }

  @Test
  void wrapperRefusesAnInvalidRunIdWithExit2() {
    // Given an installed wrapper
    jobs.status(newRunId());

    // When it is asked to start runs whose ids are not safe names
    for (String bad : List.of("Upper", "../escape", "-dash", "a b", "", "x".repeat(64))) {
      CommandResult result =
          ssh.run(List.of(ShellRemoteJobs.WRAPPER, "start", bad, "--", "touch", "bad"), TIMEOUT);

      // Then it refuses with exit 2 and the protocol's message, doing nothing
      assertThat(result.exitCode()).as(bad).isEqualTo(2);
      assertThat(result.stderr()).as(bad).isEqualTo("metalflow-run: invalid run id\n");
    }
    assertThat(sshd.home().resolve("bad")).doesNotExist();
  }

  @Test
  void wrapperAnswersItsVersionAndUsageErrors() {
    jobs.status(newRunId());

    assertThat(ssh.run(List.of(ShellRemoteJobs.WRAPPER, "version"), TIMEOUT))
        .isEqualTo(new CommandResult(0, "metalflow-run 2\n", ""));
    assertThat(ssh.run(List.of(ShellRemoteJobs.WRAPPER, "start", "ok-id", "true"), TIMEOUT))
        .extracting(CommandResult::exitCode)
        .isEqualTo(2);
    assertThat(ssh.run(List.of(ShellRemoteJobs.WRAPPER, "log", "ok-id", "01"), TIMEOUT))
        .extracting(CommandResult::exitCode)
        .isEqualTo(2);
  }

  @Test
  void unexpectedAnswerIsAnSshExceptionCarryingTheText() throws Exception {
    // Given a wrapper of the right version that answers nonsense
    Files.createDirectories(wrapperFile().getParent());
    Files.writeString(
        wrapperFile(),
        "#!/bin/sh\n[ \"$1\" = version ] && echo 'metalflow-run 2' && exit 0\necho bogus-state\n");
    ssh.run(List.of("chmod", "0755", ShellRemoteJobs.WRAPPER), TIMEOUT);
    try {
      // When asked for a status, Then the text is in the error and nothing was reinstalled
      assertThatThrownBy(() -> jobs.status(newRunId()))
          .isExactlyInstanceOf(SshException.class)
          .hasMessageContaining("bogus-state");
      assertThat(counting.uploads.get()).isZero();
    } finally {
      Files.delete(wrapperFile());
    }
  }

  @Test
  void missingWrapperBehavesAsAMissingCommandInSh() throws Exception {
    Files.deleteIfExists(wrapperFile());

    CommandResult result = ssh.run(List.of(ShellRemoteJobs.WRAPPER, "version"), TIMEOUT);

    assertThat(result.exitCode()).isEqualTo(127);
    assertThat(result.stderr()).contains(".metalflow/bin/metalflow-run: not found");
  }

  /** Whether any process of the run's process group (its pid is the group id) still exists. */
  private boolean processGroupAlive(RunId run) {
    String script = "kill -s 0 -- \"-$(cat \"$1\")\" 2>/dev/null";
    return ssh.run(List.of("sh", "-c", script, "alive", runPath(run) + "/pid"), TIMEOUT).exitCode()
        == 0;
  }

  private static JobStatus running() {
    return JobStatus.running();
  }

  private static RunId newRunId() {
    return new RunId("run-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet());
  }

  private static Path wrapperFile() {
    return sshd.home().resolve(ShellRemoteJobs.WRAPPER);
  }

  private static Path runDir(RunId run) {
    return sshd.home().resolve(runPath(run));
  }

  private static String runPath(RunId run) {
    return ".metalflow/runs/" + run.value();
  }

  private String mode(String path) {
    return ssh.run(List.of("stat", "-c", "%a", path), TIMEOUT).stdout().strip();
  }

  /** The real runner, counting uploads. */
  private static final class CountingRunner implements SshCommandRunner {

    private final SshCommandRunner delegate;
    private final AtomicInteger uploads = new AtomicInteger();

    CountingRunner(SshCommandRunner delegate) {
      this.delegate = delegate;
    }

    @Override
    public CommandResult run(List<String> argv, Duration timeout) {
      return delegate.run(argv, timeout);
    }

    @Override
    public void upload(String remotePath, byte[] content, int mode) {
      uploads.incrementAndGet();
      delegate.upload(remotePath, content, mode);
    }

    @Override
    public void remove(String remotePath) {
      delegate.remove(remotePath);
    }

    @Override
    public SshTunnel openTunnel(String targetHost, int targetPort) {
      return delegate.openTunnel(targetHost, targetPort);
    }
  }
}
