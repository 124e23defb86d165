package org.proximite.core;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.proximite.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule practicesAndInitiativesDoNotKnowAboutChapterLoading = noClasses()
            .that().resideInAnyPackage("..core.practice..", "..core.initiative..", "..core.theme..")
            .should().dependOnClassesThat().resideInAPackage("..core.chapter..");

    @ArchTest
    static final ArchRule textToolsStandAlone = noClasses()
            .that().resideInAPackage("..core.text..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..core.practice..", "..core.initiative..", "..core.chapter..", "..core.theme..", "org.proximite.db..");

    @ArchTest
    static final ArchRule readingRepairingAndTellingLanguagesStandAlone = noClasses()
            .that().resideInAnyPackage("..core.textimport.reading..", "..core.textimport.repair..", "..core.textimport.language..")
            .should().dependOnClassesThat().resideInAnyPackage("org.proximite.db..", "org.jooq..", "org.springframework..",
                    "..core.content..", "..core.practice..", "..core.initiative..", "org.proximite.core.textimport")
            .because("they work on text alone; only the import service saves");

    @ArchTest
    static final ArchRule jooqTypesStayInsideTheCore = methods()
            .that().arePublic().and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..core.internal..")
            .should().notHaveRawReturnType(describe("a jOOQ or generated database type",
                    (JavaClass type) -> type.getPackageName().startsWith("org.jooq") || type.getPackageName().startsWith("org.proximite.db")))
            .because("the UI works with the core's records, not with database rows");

    @ArchTest
    static final ArchRule runningChaptersDoesNotKnowHowTheyAreInstalled = noClasses()
            .that().resideInAPackage("..core.chapter.running..")
            .should().dependOnClassesThat().resideInAPackage("..core.chapter.installing..")
            .because("installing commits to the database and then asks the node to follow; the node only follows the database");

    @ArchTest
    static final ArchRule theSharedChapterPackageDoesNotReachIntoItsParts = noClasses()
            .that().resideInAPackage("org.proximite.core.chapter")
            .should().dependOnClassesThat().resideInAnyPackage("..core.chapter.installing..", "..core.chapter.running..");

    @ArchTest
    static final ArchRule onlyTheContentKernelTouchesTexts = noClasses()
            .that().resideOutsideOfPackages("..core.content..", "..core.internal..")
            .should().accessField(org.proximite.db.jooq.Tables.class, "CONTENT_TEXT")
            .because("texts per language are written once, by the content writer, which appends every change to the outbox");

    @ArchTest
    static final ArchRule noPluginFrameworkOutsideChapterLoading = noClasses()
            .that().resideOutsideOfPackage("..core.chapter..")
            .should().dependOnClassesThat().resideInAPackage("org.pf4j..");
}
