package dev.autocaption.bot.cluster;

import dev.autocaption.simulator.flickr.FlickrSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One {@link ClusterDaemonMain} child process: started, its output kept (and written to {@code <id>.log} in the
 * work directory, which a failed test keeps), SIGKILLed or stopped by closing its input.
 */
final class ClusterProcess {
    private final String id;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch ready = new CountDownLatch(1);

    private final Path log;

    private ClusterProcess(String id, Path log, Process process) {
        this.id = id;
        this.log = log;
        this.process = process;
        Thread drain = new Thread(this::drain, "drain-" + id);
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts instance {@code id} on the store with one account per simulator. */
    static ClusterProcess start(String store, String id, Path dir, List<FlickrSimulator> sims) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                ClusterDaemonMain.class.getName(), store, id, dir.toString()));
        sims.forEach(sim -> command.add(sim.baseUri().toString()));
        return new ClusterProcess(id, dir.resolve(id + ".log"),
                new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    String id() {
        return id;
    }

    /** Waits until the instance said {@code ready}; false if it ended or took longer. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hook, no clean stop, its claims and leases left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Closes its input so that it stops cleanly; returns its exit code (-1 if it did not stop in time). */
    int stop(Duration timeout) throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    /** Its output so far, one line each. */
    List<String> lines() {
        return List.of(output.toString().split("\n"));
    }

    /** The end of its output, for a failure's message. */
    String tail() {
        String all = output.toString();
        return all.length() <= 3000 ? all : "..." + all.substring(all.length() - 3000);
    }

    private void drain() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                java.nio.file.Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                if (line.equals("ready")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            output.append("(output ended: ").append(e).append(")\n");
        }
    }
}
