package dev.autocaption.bot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.detector.DetectorCaptioner;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.inference.showandtell.CaptionerStats;
import dev.autocaption.inference.showandtell.EncoderSpec;
import dev.autocaption.inference.showandtell.GraphLayers;
import dev.autocaption.inference.showandtell.LstmCell;
import dev.autocaption.inference.showandtell.ModelDefinition;
import dev.autocaption.inference.showandtell.ModelDirectory;
import dev.autocaption.inference.showandtell.ModelJson;
import dev.autocaption.inference.showandtell.RandomModels;
import dev.autocaption.inference.showandtell.ShowAndTellGraph;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.ShowAndTellModel;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.inference.showandtell.VariableFactory;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The import rules of {@code docs/architecture.md}, checked against the compiled main classes of all five modules
 * (bot's test classpath holds them all). A failure means an arrow the document forbids appeared: remove the arrow,
 * or change the document and this test together.
 */
@AnalyzeClasses(packages = "dev.autocaption", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {
    private static final String DOC = "docs/architecture.md says: ";

    /** The daemon: all of bot but the CLI and the demo it starts (those two may use the workshop). */
    private static final DescribedPredicate<JavaClass> DAEMON = resideInAPackage("dev.autocaption.bot..")
            .and(resideOutsideOfPackages("dev.autocaption.bot.cli..", "dev.autocaption.bot.demo.."))
            .as("the daemon (bot outside cli and demo)");

    /**
     * The engine API: the root package of inference, the two engines' loaders (with what they return), and the
     * engine's image decoder (the thumbnails show the pixels the engine saw).
     */
    private static final DescribedPredicate<JavaClass> ENGINE_API = resideInAPackage("dev.autocaption.inference")
            .or(belongToAnyOf(ShowAndTellLoader.class, TensorFlowCaptioner.class, DetectorCaptioner.class,
                    ImageDecoder.class, DecodedImage.class, ImageDecodingException.class))
            .as("the engine API");

    /** What the workshop may use of the Show and Tell engine's package, as inference's module-info lists it. */
    private static final DescribedPredicate<JavaClass> SHOW_AND_TELL_WORKSHOP_API = belongToAnyOf(
            ShowAndTellLoader.class, TensorFlowCaptioner.class, ShowAndTellModel.class, CaptionerStats.class,
            ShowAndTellGraph.class, GraphLayers.class, LstmCell.class, VariableFactory.class, Architecture.class,
            EncoderSpec.class, ModelDirectory.class, ModelJson.class, ModelDefinition.class, RandomModels.class)
            .as("the Show and Tell workshop API");

    @ArchTest
    static final ArchRule configDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("dev.autocaption.config..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.autocaption.store..",
                    "dev.autocaption.inference..", "dev.autocaption.workshop..", "dev.autocaption.bot..")
            .because(DOC + "config is the leaf (Modules)");

    @ArchTest
    static final ArchRule storeDependsOnNeitherInferenceNorBot = noClasses()
            .that().resideInAPackage("dev.autocaption.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.autocaption.inference..", "dev.autocaption.workshop..", "dev.autocaption.bot..")
            .because(DOC + "store imports only config; store and inference never meet (Modules)");

    @ArchTest
    static final ArchRule inferenceDependsOnNeitherStoreNorBot = noClasses()
            .that().resideInAPackage("dev.autocaption.inference..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.autocaption.store..", "dev.autocaption.workshop..", "dev.autocaption.bot..")
            .because(DOC + "inference imports only config, and knows nothing of the workshop above it (Modules)");

    @ArchTest
    static final ArchRule workshopDependsOnNeitherStoreNorBot = noClasses()
            .that().resideInAPackage("dev.autocaption.workshop..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.autocaption.store..", "dev.autocaption.bot..")
            .because(DOC + "workshop imports only inference and config (Modules)");

    @ArchTest
    static final ArchRule theDaemonNeverUsesTheWorkshop = noClasses()
            .that(DAEMON)
            .should().dependOnClassesThat().resideInAPackage("dev.autocaption.workshop..")
            .because(DOC + "the workshop serves only CLI commands (Modules)");

    @ArchTest
    static final ArchRule theDaemonSeesOnlyTheEngineApi = noClasses()
            .that(DAEMON)
            .should().dependOnClassesThat(resideInAPackage("dev.autocaption.inference..").and(not(ENGINE_API)))
            .because(DOC + "the daemon sees the root package of inference and the engines' loaders (The engine's "
                    + "contract)");

    @ArchTest
    static final ArchRule botUsesOnlyWhatInferenceExportsToEveryone = noClasses()
            .that().resideInAPackage("dev.autocaption.bot..")
            .should().dependOnClassesThat(resideInAPackage("dev.autocaption.inference..")
                    .and(not(resideInAnyPackage(InferenceExports.UNQUALIFIED))))
            .because(DOC + "bot compiles on the class path, so this holds it to inference's module-info exports "
                    + "(The engine's contract)");

    @ArchTest
    static final ArchRule theWorkshopUsesOnlyTheShowAndTellWorkshopApi = noClasses()
            .that().resideInAPackage("dev.autocaption.workshop..")
            .should().dependOnClassesThat(resideInAPackage("dev.autocaption.inference.showandtell")
                    .and(not(SHOW_AND_TELL_WORKSHOP_API)))
            .because(DOC + "the workshop reaches into the engine through a named API, listed in inference's "
                    + "module-info (The engine's contract)");

    @ArchTest
    static final ArchRule theSimulatorDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("dev.autocaption.simulator..")
            .should().dependOnClassesThat(resideInAPackage("dev.autocaption..")
                    .and(resideOutsideOfPackage("dev.autocaption.simulator..")))
            .because(DOC + "the simulators imitate Flickr and Facebook over HTTP and know nothing of ours (Modules)");

    @ArchTest
    static final ArchRule noOtherModuleDependsOnTheSimulator = noClasses()
            .that().resideInAnyPackage("dev.autocaption.config..", "dev.autocaption.store..",
                    "dev.autocaption.inference..")
            .should().dependOnClassesThat().resideInAPackage("dev.autocaption.simulator..")
            .because(DOC + "only bot's demo uses the simulators (Modules)");

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
    static final ArchRule metadataLibrariesAreUsedOnlyByTheFolderConnector = noClasses()
            .that().resideOutsideOfPackage("dev.autocaption.bot.connector.folder..")
            .should().dependOnClassesThat().resideInAnyPackage("com.adobe.internal.xmp..", "com.drew..",
                    "org.apache.commons.imaging..")
            .because(DOC + "SDK types never leave their connector package (Libraries)");

    @ArchTest
    static final ArchRule tensorFlowIsUsedOnlyByInferenceAndTheWorkshop = noClasses()
            .that().resideOutsideOfPackages("dev.autocaption.inference..", "dev.autocaption.workshop..")
            .should().dependOnClassesThat().resideInAPackage("org.tensorflow..")
            .because(DOC + "TensorFlow only in inference and the workshop's trainer (Libraries)");

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
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.flywaydb..", "com.zaxxer.hikari..",
                    "org.postgresql..")
            .because(DOC + "H2, Flyway, HikariCP and the PostgreSQL driver only in store (Libraries)");

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
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    JavaClass.Predicates.resideInAPackage("dev.autocaption.bot.connector.files.."))
            .because(DOC + "adding a platform is one package; connector.files is a service any platform may use, "
                    + "naming none (Packages in bot)");

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
            .that().resideOutsideOfPackages("dev.autocaption.simulator..", "dev.autocaption.bot.demo..")
            .should().dependOnClassesThat().resideInAPackage("dev.autocaption.simulator..")
            .because(DOC + "the simulators serve the demo and the tests, never the daemon (Modules)");

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
            .that().resideOutsideOfPackages("dev.autocaption.bot.web..", "dev.autocaption.simulator..")
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

    @ArchTest
    static final ArchRule workshopsPackagesFormNoCycle = slices()
            .matching("dev.autocaption.workshop.(*)..")
            .should().beFreeOfCycles()
            .because(DOC + "no arrow points up (Packages in workshop)");

    /** The packages inference's {@code module-info.java} exports to every module, read from its descriptor. */
    static final class InferenceExports {
        static final String[] UNQUALIFIED = read();

        private static String[] read() {
            Path location;
            try {
                location = Path.of(ImageCaptioner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate inference's classes for its module descriptor", e);
            }
            ModuleDescriptor descriptor = ModuleFinder.of(location).find("dev.autocaption.inference")
                    .orElseThrow(() -> new IllegalStateException(location + " holds no module dev.autocaption."
                            + "inference (module-info.class missing?)"))
                    .descriptor();
            return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .sorted().toArray(String[]::new);
        }
    }

    /** Our main classes only: not test classes, not config's test jar ({@code dev.autocaption.testing}). */
    static final class MainClassesOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
        }
    }
}
