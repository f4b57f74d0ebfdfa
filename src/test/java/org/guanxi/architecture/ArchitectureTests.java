package org.guanxi.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the modules honest: no cycles between modules, every import pointing down the layers of
 * {@link Modules#LAYERS}, internals private to their module, thin controllers.
 */
class ArchitectureTests {

	private static final JavaClasses GUANXI = Modules.CLASSES;

	@Test
	void modulesAreFreeOfCycles() {
		slices().matching("org.guanxi.(*)..")
			.should()
			.beFreeOfCycles()
			.because("modules depend one way; a lower module that needs a higher one gets an interface or an event "
					+ "of its own, or the shared type moves down (see docs/modules.md)")
			.check(GUANXI);
	}

	@Test
	void everyModuleHasItsPlaceInTheLayers() {
		assertThat(Modules.unplaced())
			.as("top-level packages under org.guanxi that are not placed in a layer: add each to the layer of "
					+ "org.guanxi.architecture.Modules.LAYERS whose modules it may use (a service every module calls, "
					+ "such as sign-in or messages, in 'infrastructure'; something that only calls modules, such as "
					+ "a web page, in a new top layer), then regenerate docs/modules.md as ModuleDiagramTests says")
			.isEmpty();
	}

	@Test
	void importsPointDownTheLayers() {
		LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
		List<Modules.Layer> all = Modules.LAYERS;
		for (Modules.Layer layer : all) {
			layers = layers.layer(layer.name()).definedBy(layer.packages());
		}
		for (int i = 0; i < all.size() - 1; i++) {
			String[] higher = all.subList(i + 1, all.size()).stream().map(Modules.Layer::name).toArray(String[]::new);
			layers = layers.whereLayer(all.get(i).name()).mayOnlyBeAccessedByLayers(higher);
		}
		layers = layers.whereLayer(all.get(all.size() - 1).name()).mayNotBeAccessedByAnyLayer();
		layers.because("a module uses only lower layers (and its own layer without cycles), as listed in "
				+ "org.guanxi.architecture.Modules.LAYERS; bulk knows no feature module: reports plug in through "
				+ "org.guanxi.bulk.CsvReport")
			.check(GUANXI);
	}

	@Test
	void internalPackagesAreUsedOnlyInsideTheirModule() {
		for (String module : Modules.all()) {
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

}
