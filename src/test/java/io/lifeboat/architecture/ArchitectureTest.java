package io.lifeboat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The two rules that carry the architecture: the engine runs in the CLI and in AWS Lambda without
 * JavaFX, and views see domain records, never SDK types.
 */
@AnalyzeClasses(packages = "io.lifeboat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("io.lifeboat.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("feature services run in the CLI and in AWS Lambda, where there is no JavaFX");

    @ArchTest
    static final ArchRule uiNeverSeesTheAwsSdk = noClasses()
            .that().resideInAPackage("io.lifeboat.ui..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("views see domain records; services convert SDK types at the edge");

    @ArchTest
    static final ArchRule servicesDoNotReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackage("io.lifeboat.ui..")
            .and().doNotHaveFullyQualifiedName("io.lifeboat.Launcher")
            .should().dependOnClassesThat().resideInAPackage("io.lifeboat.ui..")
            .because("the UI builds on the services, never the reverse");

    @ArchTest
    static final ArchRule lambdaStaysSmall = noClasses()
            .that().resideInAPackage("io.lifeboat.lambda..")
            .should().dependOnClassesThat().resideInAnyPackage("io.lifeboat.store..", "io.lifeboat.cli..",
                    "io.lifeboat.app..", "io.lifeboat.aws.sandbox..", "picocli..", "org.sqlite..")
            .because("the Lambda artifact carries only the engine and the EC2 client");
}
