package io.lifeboat.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.lifeboat.aws.guard.CallInterceptor;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import javafx.application.Platform;

/**
 * The two rules that carry the architecture: the engine runs in the CLI and in AWS Lambda without
 * JavaFX, and views see domain records, never SDK types. Then the UI layer's one way of doing each
 * thing: view models run work through the TaskRunner only, the UI starts no threads of its own and
 * reaches the store only through the core; and packages that say what they hold.
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

    /** A view model: a class named {@code *ViewModel}, or one of the shared models views are built from. */
    private static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe("view models",
            c -> c.getName().matches("io\\.lifeboat\\.ui\\..*ViewModel(\\$.*)?")
                    || c.getName().matches("io\\.lifeboat\\.ui\\.common\\.Region(Selection|Rows)(\\$.*)?"));

    @ArchTest
    static final ArchRule viewModelsRunWorkThroughTheTaskRunner = noClasses()
            .that(VIEW_MODELS)
            .should().dependOnClassesThat().belongToAnyOf(Platform.class, Executor.class, Executors.class,
                    CompletableFuture.class, ForkJoinPool.class, Thread.class, Timer.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx.animation..", "javafx.scene..")
            .because("a view model runs in a plain unit test on the inline runner: its work goes through the "
                    + "TaskRunner (results and partial results come back on the runner's callback thread), it "
                    + "holds state, never Nodes, and needs no running toolkit (no Platform.runLater, no timers)");

    @ArchTest
    static final ArchRule theUiStartsNoThreadsOfItsOwn = noClasses()
            .that().resideInAPackage("io.lifeboat.ui..")
            .should().dependOnClassesThat().belongToAnyOf(Executors.class, ForkJoinPool.class, Timer.class)
            .orShould().dependOnClassesThat().belongToAnyOf(ExecutorService.class, ScheduledExecutorService.class,
                    ThreadPoolExecutor.class)
            .orShould().callConstructorWhere(DescribedPredicate.describe("a thread is made",
                    call -> call.getTargetOwner().getName().equals(Thread.class.getName())))
            .because("work off the JavaFX thread is a task of the one TaskRunner (local work included), so it is "
                    + "cancelled, listed and tested like the rest; a static executor of a view outlives its view");

    @ArchTest
    static final ArchRule theUiReachesTheStoreThroughTheCore = noClasses()
            .that().resideInAPackage("io.lifeboat.ui..")
            .should().dependOnClassesThat(resideInAPackage("io.lifeboat.store..")
                    .and(DescribedPredicate.describe("are not records", c -> !c.isRecord()))
                    .as("are the store's classes (its records aside)"))
            .because("the store refuses the JavaFX thread: views get settings from AppSettings (in memory) and "
                    + "read logs and history through the core, in tasks");

    @ArchTest
    static final ArchRule callInterceptorsLiveWithTheGuards = classes()
            .that().implement(CallInterceptor.class)
            .should().resideInAPackage("io.lifeboat.aws.guard")
            .because("every guard around the clients (read-only, thread, audit, counting) is found in aws.guard, "
                    + "next to the guarded clients that run them");
}
