package org.guanxi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the modules honest: one package per capability, internals private to their module, thin
 * controllers, and shared infrastructure free of feature code.
 */
class ArchitectureTests {

	private static final JavaClasses GUANXI = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.guanxi");

	@Test
	void internalPackagesAreUsedOnlyInsideTheirModule() {
		for (String module : new String[] { "account", "stakeholder", "team", "activity", "referral", "relationship",
				"tiering", "bulk", "graph", "api", "core" }) {
			classes().that()
				.resideInAPackage("org.guanxi." + module + "..internal..")
				.should()
				.onlyBeAccessed()
				.byClassesThat()
				.resideInAPackage("org.guanxi." + module + "..")
				.allowEmptyShould(true)
				.check(GUANXI);
		}
	}

	@Test
	void controllersCallServicesNotTheDatabase() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.guanxi.graph.Cypher")
			.check(GUANXI);
	}

	@Test
	void sharedInfrastructureDoesNotDependOnFeatures() {
		noClasses().that()
			.resideInAnyPackage("org.guanxi.core..", "org.guanxi.graph..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.guanxi.account..", "org.guanxi.stakeholder..", "org.guanxi.team..",
					"org.guanxi.activity..", "org.guanxi.referral..", "org.guanxi.relationship..",
					"org.guanxi.tiering..", "org.guanxi.bulk..")
			.check(GUANXI);
	}

	@Test
	void bulkKnowsNoFeatureModuleReportsPlugInThroughCsvReport() {
		noClasses().that()
			.resideInAPackage("org.guanxi.bulk..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.guanxi.account..", "org.guanxi.stakeholder..", "org.guanxi.team..",
					"org.guanxi.activity..", "org.guanxi.referral..", "org.guanxi.relationship..",
					"org.guanxi.tiering..")
			.because("modules contribute their reports to export by implementing org.guanxi.bulk.CsvReport")
			.check(GUANXI);
	}

}
