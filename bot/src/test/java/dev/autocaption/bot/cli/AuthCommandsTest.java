package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.testing.FileModes;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuthCommandsTest {

    @TempDir
    Path dir;

    private Path flickrConfig(FlickrSimulator sim) throws Exception {
        return flickrConfig(sim, "flickr-main.token");
    }

    private Path flickrConfig(FlickrSimulator sim, String credentialsFile) throws Exception {
        return Files.writeString(dir.resolve("autocaption.yaml"), """
                accounts:
                  - id: flickr-main
                    type: flickr
                    api-base-url: %s
                    credentials-file: %s
                    credentials: { api-key: %s, api-secret: %s }
                """.formatted(sim.baseUri(), credentialsFile, TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET));
    }

    private Path facebookConfig(GraphSimulator sim, String write) throws Exception {
        return Files.writeString(dir.resolve("autocaption.yaml"), """
                accounts:
                  - id: page-main
                    type: facebook-page
                    page-id: "%s"
                    write: %s
                    api-base-url: %s
                    credentials: { access-token: "${PAGE_TOKEN}" }
                """.formatted(TestAccounts.PAGE_ID, write, sim.baseUri()));
    }

    /** The person at the terminal: reads the printed address, approves in the "browser", types the code. */
    private static BufferedReader user(StringWriter err) {
        return new BufferedReader(new StringReader("")) {
            @Override
            public String readLine() {
                Matcher url = Pattern.compile("(http://\\S+/services/oauth/authorize\\S+)").matcher(err.toString());
                try {
                    String page = url.find() ? HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString()).body() : "";
                    Matcher code = Pattern.compile("id=\"verifier\">([0-9-]+)<").matcher(page);
                    return code.find() ? code.group(1) + "\n" : null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private CliRun flickr(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir,
                Clock.systemUTC());
        GlobalOptions globals = new GlobalOptions();
        CommandLine root = new CommandLine(new RootCommand(globals));
        root.addSubcommand("auth", Commands.auth(context, globals, () -> user(err)));
        root.setExecutionExceptionHandler((e, command, parse) -> {
            if (e instanceof CommandFailure failure) {
                err.write(failure.getMessage());
                return failure.exitCode();
            }
            throw e;
        });
        return new CliRun(root.execute(args), out.toString(), err.toString());
    }

    @Test
    void authFlickrStoresAWriteTokenReadableOnlyByTheUser() throws Exception {
        try (FlickrSimulator sim = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
                Clock.systemUTC())) {
            Path config = flickrConfig(sim);

            CliRun run = flickr("auth", "flickr", "--account", "flickr-main", "--config", config.toString());

            Path token = dir.resolve("flickr-main.token");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).contains("approve write access", "&perms=write");
            assertThat(run.out()).isEqualTo("Authorised autocaption-demo (12345678@N00) with write permission;"
                    + " token stored in " + token + " (readable only by you).\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
            assertThat(Files.readString(token)).contains("token=", "token-secret=");
            assertThat(sim.requests("flickr.test.login")).hasSize(1);
        }
    }

    @Test
    void authFlickrCreatesAMissingTokenDirectoryReadableOnlyByTheUser() throws Exception {
        try (FlickrSimulator sim = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
                Clock.systemUTC())) {
            Path config = flickrConfig(sim, "tokens/autocaption/flickr-main.token");

            CliRun run = flickr("auth", "flickr", "--account", "flickr-main", "--config", config.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(FileModes.under(dir.resolve("tokens"))).containsOnly(
                    Map.entry("", "rwx------"),
                    Map.entry("autocaption", "rwx------"),
                    Map.entry("autocaption/flickr-main.token", "rw-------"));
        }
    }

    @Test
    void authFlickrPrintPrintsEnvironmentLinesAndStoresNothing() throws Exception {
        try (FlickrSimulator sim = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
                Clock.systemUTC())) {
            Path config = flickrConfig(sim);

            CliRun run = flickr("auth", "flickr", "--account", "flickr-main", "--print", "--config", config.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("AUTOCAPTION_FLICKR_MAIN_TOKEN=", "AUTOCAPTION_FLICKR_MAIN_TOKEN_SECRET=",
                    "token: ${AUTOCAPTION_FLICKR_MAIN_TOKEN}");
            assertThat(dir.resolve("flickr-main.token")).doesNotExist();
        }
    }

    @Test
    void authFlickrForAnUnknownAccountListsTheKnownOnes() throws Exception {
        try (FlickrSimulator sim = FlickrSimulator.start("k", "s", Clock.systemUTC())) {
            Path config = flickrConfig(sim);

            CliRun run = flickr("auth", "flickr", "--account", "nope", "--config", config.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
            assertThat(run.err()).isEqualTo("no account 'nope' in the configuration; accounts: flickr-main");
        }
    }

    @Test
    void authFacebookReportsThePageAndItsPermissions() throws Exception {
        try (GraphSimulator sim = GraphSimulator.start(TestAccounts.PAGE_ID)) {
            sim.grantPageToken("page-token-1", GraphSimulator.PAGE_PERMISSIONS);
            Path config = facebookConfig(sim, "post-message");

            CliRun run = CliRun.of(dir, Map.of("PAGE_TOKEN", "page-token-1"), "auth", "facebook", "--account",
                    "page-main", "--config", config.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("PAGE token acting as Autocaption Demo Page (" + TestAccounts.PAGE_ID + ")",
                    "missing:     (none)", "OK").doesNotContain("page-token-1");
        }
    }

    @Test
    void authFacebookSaysWhichPermissionIsMissingAndExitsWithTheAuthCode() throws Exception {
        try (GraphSimulator sim = GraphSimulator.start(TestAccounts.PAGE_ID)) {
            sim.grantPageToken("page-token-1", Set.of("pages_show_list", "pages_read_engagement"));
            Path config = facebookConfig(sim, "comment");

            CliRun run = CliRun.of(dir, Map.of("PAGE_TOKEN", "page-token-1"), "auth", "facebook", "--account",
                    "page-main", "--config", config.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.AUTH);
            assertThat(run.out()).contains("missing:     pages_manage_engagement",
                    "fix:         grant pages_manage_engagement (needed for write: comment) and create the token"
                            + " again", "NOT OK");
        }
    }

    @Test
    void authFacebookWithAnExpiredTokenSaysHowToGetANewOne() throws Exception {
        try (GraphSimulator sim = GraphSimulator.start(TestAccounts.PAGE_ID)) {
            sim.grantPageToken("page-token-1", GraphSimulator.PAGE_PERMISSIONS);
            sim.expireToken("page-token-1");
            Path config = facebookConfig(sim, "comment");

            CliRun run = CliRun.of(dir, Map.of("PAGE_TOKEN", "page-token-1"), "auth", "facebook", "--account",
                    "page-main", "--config", config.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.AUTH);
            assertThat(run.err()).contains("the token expired", "autocaption auth facebook --account page-main");
        }
    }
}
