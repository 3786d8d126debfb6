package dev.autocaption.bot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The import rules of {@code docs/architecture.md}, checked against the compiled main classes of all four modules
 * (bot's test classpath holds them all). A failure means an arrow the document forbids appeared: remove the arrow,
 * or change the document and this test together.
 */
@AnalyzeClasses(packages = "dev.autocaption", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {
    private static final String DOC = "docs/architecture.md says: ";

    @ArchTest
    static final ArchRule configDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("dev.autocaption.config..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.autocaption.store..", "dev.autocaption.inference..", "dev.autocaption.bot..")
            .because(DOC + "config is the leaf (Modules)");

    @ArchTest
    static final ArchRule storeDependsOnNeitherInferenceNorBot = noClasses()
            .that().resideInAPackage("dev.autocaption.store..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.autocaption.inference..", "dev.autocaption.bot..")
            .because(DOC + "store imports only config; store and inference never meet (Modules)");

    @ArchTest
    static final ArchRule inferenceDependsOnNeitherStoreNorBot = noClasses()
            .that().resideInAPackage("dev.autocaption.inference..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.autocaption.store..", "dev.autocaption.bot..")
            .because(DOC + "inference imports only config; store and inference never meet (Modules)");

    @ArchTest
    static final ArchRule flickr4JavaIsUsedOnlyByTheFlickrConnector = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.bot.connector.flickr..")
            .should().dependOnClassesThat().resideInAPackage("com.flickr4java..")
            .because(DOC + "SDK types never leave their connector package (Libraries)");

    @ArchTest
    static final ArchRule restFbIsUsedOnlyByTheFacebookConnector = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.bot.connector.facebook..")
            .should().dependOnClassesThat().resideInAPackage("com.restfb..")
            .because(DOC + "SDK types never leave their connector package (Libraries)");

    @ArchTest
    static final ArchRule tensorFlowIsUsedOnlyByInference = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.inference..")
            .should().dependOnClassesThat().resideInAPackage("org.tensorflow..")
            .because(DOC + "TensorFlow only in inference (Libraries)");

    @ArchTest
    static final ArchRule theEngineApiAndThePureJavaStepsNameNoTensorFlowType = noClasses()
            .that().resideInAnyPackage("dev.autocaption.inference", "dev.autocaption.inference.image..",
                    "dev.autocaption.inference.beam..", "dev.autocaption.inference.vocabulary..")
            .and().doNotHaveFullyQualifiedName("dev.autocaption.inference.image.TensorFlowJpeg")
            .should().dependOnClassesThat().resideInAPackage("org.tensorflow..")
            .because(DOC + "a Tensor never crosses the engine API; pre- and post-processing are pure Java (Libraries)");

    @ArchTest
    static final ArchRule theEngineApiDependsOnNoInferenceSubpackage = noClasses()
            .that().resideInAPackage("dev.autocaption.inference")
            .should().dependOnClassesThat(resideInAPackage("dev.autocaption.inference..")
                    .and(resideOutsideOfPackage("dev.autocaption.inference")))
            .because(DOC + "the root package is the engine API the daemon sees; engines implement it (Packages in inference)");

    @ArchTest
    static final ArchRule h2AndFlywayAreUsedOnlyByStore = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.flywaydb..")
            .because(DOC + "H2 and Flyway only in store (Libraries)");

    @ArchTest
    static final ArchRule quartzIsUsedOnlyByTheScheduleAndTheDaemonsScheduler = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.bot.schedule..")
            .and().doNotHaveFullyQualifiedName(BotScheduler.class.getName())
            // known exception, frozen here: `accounts` computes a cron's next fire time (docs: Known exceptions)
            .and().doNotHaveFullyQualifiedName("dev.autocaption.bot.cli.AccountRows")
            .should().dependOnClassesThat().resideInAPackage("org.quartz..")
            .because(DOC + "Quartz only in bot's schedule package and BotScheduler (Libraries)");

    @ArchTest
    static final ArchRule connectorsKnowNothingOfTheBotAboveThemNorOfStoreOrInference = noClasses()
            .that().resideInAPackage("dev.autocaption.bot.connector..")
            .should().dependOnClassesThat(resideInAnyPackage("dev.autocaption.store..", "dev.autocaption.inference..")
                    .or(resideInAPackage("dev.autocaption.bot..")
                            .and(resideOutsideOfPackage("dev.autocaption.bot.connector.."))))
            .because(DOC + "a connector knows only config and its SDK (Packages in bot)");

    @ArchTest
    static final ArchRule theConnectorsDoNotKnowEachOther = slices()
            .matching("dev.autocaption.bot.connector.(*)..")
            .should().notDependOnEachOther()
            .because(DOC + "adding a platform is one package (Packages in bot)");

    @ArchTest
    static final ArchRule onlyMainUsesTheCli = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.bot.cli..")
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().dependOnClassesThat().resideInAPackage("dev.autocaption.bot.cli..")
            .because(DOC + "the CLI is the top of bot; only Main calls it (Packages in bot)");

    @ArchTest
    static final ArchRule onlyTheCliUsesTheCompositionRoot = noClasses()
            .that().resideInAPackage("dev.autocaption.bot..")
            .and().resideOutsideOfPackages("dev.autocaption.bot", "dev.autocaption.bot.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.autocaption.bot")
            .because(DOC + "Bot, Engines, BotScheduler and DaemonLock are wired from above (Packages in bot)");

    @ArchTest
    static final ArchRule onlyTheDemoUsesTheSimulators = noClasses()
            .that().resideOutsideOfPackages("dev.autocaption.bot.simulator..", "dev.autocaption.bot.demo..")
            .should().dependOnClassesThat().resideInAPackage("dev.autocaption.bot.simulator..")
            .because(DOC + "the simulators serve the demo and the tests, never the daemon (Packages in bot)");

    @ArchTest
    static final ArchRule theDaemonDoesNotKnowTheWebPage = noClasses()
            .that().resideInAPackage("dev.autocaption..")
            .and().resideOutsideOfPackages("dev.autocaption.bot.web..", "dev.autocaption.bot.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.autocaption.bot.web..")
            .because(DOC + "the page sits on the daemon; only the CLI serves it (Packages in bot: web)");

    @ArchTest
    static final ArchRule theWebPageUsesTheStoreApprovalsPipelineAndThumbnailsOnly = classes()
            .that().resideInAPackage("dev.autocaption.bot.web..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.autocaption.bot.web..",
                    "dev.autocaption.bot.approval..", "dev.autocaption.bot.pipeline..",
                    "dev.autocaption.bot.thumbnail..", "dev.autocaption.bot.connector", "dev.autocaption.config..",
                    "dev.autocaption.store..", "java..", "javax..", "com.sun.net.httpserver..",
                    "com.fasterxml.jackson..", "org.slf4j..", "")
            .because(DOC + "web may use store, approval, pipeline, thumbnails and connector records, nothing "
                    + "of the engine, the schedule or the CLI (Packages in bot: web)");

    @ArchTest
    static final ArchRule micrometerIsUsedOnlyByTheMetrics = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.bot.metrics..")
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
            .because(DOC + "Micrometer only in bot's metrics package (Libraries)");

    @ArchTest
    static final ArchRule theJdkHttpServerServesOnlyThePageAndTheSimulators = noClasses()
            .that().resideOutsideOfPackages("dev.autocaption.bot.web..", "dev.autocaption.bot.simulator..")
            .should().dependOnClassesThat().resideInAPackage("com.sun.net.httpserver..")
            .because(DOC + "only the review page and the simulators listen (Libraries)");

    @ArchTest
    static final ArchRule botsFeaturePackagesFormNoCycle = slices()
            .matching("dev.autocaption.bot.(*)..")
            .should().beFreeOfCycles()
            .because(DOC + "no arrow points up (Packages in bot)");

    @ArchTest
    static final ArchRule inferencesPackagesFormNoCycle = slices()
            .matching("dev.autocaption.inference.(*)..")
            .should().beFreeOfCycles()
            .because(DOC + "no arrow points up (Packages in inference)");

    /** Our main classes only: not test classes, not config's test jar ({@code dev.autocaption.testing}). */
    static final class MainClassesOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
        }
    }
}
