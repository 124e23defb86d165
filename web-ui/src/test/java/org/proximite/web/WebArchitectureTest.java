package org.proximite.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

@AnalyzeClasses(packages = "org.proximite.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    // Vaadin silently denies a view without one of these: say it at build time instead.
    @ArchTest
    static final ArchRule viewsSayWhoMayOpenThem = classes()
            .that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
            .should().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule viewsReachTheDatabaseOnlyThroughCoreServices = noClasses()
            .that().resideOutsideOfPackage("org.proximite.web.database..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.proximite.db..");

    @ArchTest
    static final ArchRule theWebUsesOnlyTheCoresPublicApi = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.proximite.core.internal..");
}
