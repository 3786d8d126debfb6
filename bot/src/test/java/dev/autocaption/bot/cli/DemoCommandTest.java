package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.config.Engine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoRunsTheDaemonAgainstTheSimulatorsAppliesSampleApprovalsAndSummarises() {
        // Demo scenes are all 320 pixels wide; the out-of-domain picture of photo 10 is 310 wide.
        FakeCaptioner captioner = new FakeCaptioner().defaultScore(0.9).say(310, "A blurry thing on a table.", 0.1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir,
                Clock.systemUTC(), Engines.standard().register(Engine.SHOW_AND_TELL, model -> captioner.open()),
                ConnectorRuntime.system());

        int code = new Cli(context).execute("demo", "--photos", "12", "--dir", "demo");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("discovered  demo-flickr/", "discovered  demo-page/",
                "skipped     demo-page/", "human text", "bad image: ", "dropped     demo-flickr/", "posted      demo-",
                "queued      demo-", "demo: the review queue", "decisions:\n", "demo: wrote a sample approvals file",
                "approvals   demo-", "demo: summary: ", "history", "demo: review page at http://127.0.0.1:",
                "discovered  demo-folder/", "skipped     demo-folder/");
        Path described;
        try (var files = java.nio.file.Files.walk(dir.resolve("demo"))) {
            described = files.filter(file -> file.endsWith(Path.of("photos", "scene-3.jpg.xmp"))).findFirst()
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(described).content().contains("My own words about this scene").doesNotContain("autocaption");
    }
}
