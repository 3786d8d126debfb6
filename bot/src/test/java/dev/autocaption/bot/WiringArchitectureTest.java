package dev.autocaption.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.store.Database;
import java.util.List;

/**
 * The wiring rules of {@code docs/architecture.md}: {@link Toolkit} and {@link Bot} are the one place the object
 * graph is built, so the CLI asks them for the store, the connectors and the daemon and builds none itself.
 */
@AnalyzeClasses(packages = "dev.autocaption", importOptions = ArchitectureTest.MainClassesOnly.class)
class WiringArchitectureTest {
    private static final String DOC = "docs/architecture.md says: ";

    @ArchTest
    static final ArchRule theCliBuildsNoConnectors = noClasses()
            .that().resideInAPackage("dev.autocaption.bot.cli..")
            .should().callCodeUnitWhere(target(Connectors.class, "standard", "empty", "register", "<init>"))
            .because(DOC + "the CLI gets its connectors from the Toolkit (One builder)");

    @ArchTest
    static final ArchRule theCliOpensNoStoreItself = noClasses()
            .that().resideInAPackage("dev.autocaption.bot.cli..")
            .should().callCodeUnitWhere(target(Database.class, "open"))
            .because(DOC + "the CLI opens the store through the Toolkit (One builder)");

    @ArchTest
    static final ArchRule theCliOpensTheDaemonOnlyThroughTheToolkit = noClasses()
            .that().resideInAPackage("dev.autocaption.bot.cli..")
            .should().callCodeUnitWhere(target(Bot.class, "open"))
            .because(DOC + "the CLI opens the daemon through the Toolkit (One builder)");

    @ArchTest
    static final ArchRule configPipelineAndCliKnowNoPlatform = noClasses()
            .that().resideInAnyPackage("dev.autocaption.config..", "dev.autocaption.bot.pipeline..",
                    "dev.autocaption.bot.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.autocaption.bot.connector.flickr..",
                    "dev.autocaption.bot.connector.facebook..")
            .because(DOC + "they read platform descriptors and name no platform (How to add a platform)");

    private static DescribedPredicate<JavaCall<?>> target(Class<?> owner, String... names) {
        List<String> named = List.of(names);
        return DescribedPredicate.describe(owner.getSimpleName() + "." + String.join("|", names),
                call -> call.getTargetOwner().isEquivalentTo(owner) && named.contains(call.getName()));
    }
}
