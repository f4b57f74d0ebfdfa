package org.guanxi.architecture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Guanxi's modules (the top-level packages under {@code org.guanxi}) in their layers, lowest first: the one place
 * the direction of the code is written down. A module may use the modules of lower layers, and modules of its
 * own layer as long as no cycle forms; never a module of a higher layer.
 */
final class Modules {

	static final String ROOT = "org.guanxi";

	/** Lowest first. A new top-level package must be placed here (ArchitectureTests says so when it is not). */
	static final List<Layer> LAYERS = List.of(
			new Layer("vocabulary", "shared types, errors and events of every module", "core"),
			new Layer("infrastructure", "plumbing every module may use: the store, GraphQL wiring, CSV import and export",
					"graph", "api", "bulk"),
			new Layer("records", "what the team records: accounts, people, reps and ties, activities, referrals",
					"account", "stakeholder", "team", "activity", "referral"),
			new Layer("analytics", "what Guanxi derives from the records: tiers and visits, trust classes",
					"tiering", "relationship"),
			new Layer("access", "who may sign in and what each role may do: users, tokens, permissions, the audit trail",
					"security"),
			new Layer("pages", "what people open in a browser: the workspace page and the team settings it reads",
					"workspace"));

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	private Modules() {
	}

	record Layer(String name, String description, List<String> modules) {

		Layer(String name, String description, String... modules) {
			this(name, description, List.of(modules));
		}

		String[] packages() {
			return this.modules.stream().map(m -> ROOT + "." + m + "..").toArray(String[]::new);
		}

	}

	static List<String> all() {
		return LAYERS.stream().flatMap(l -> l.modules().stream()).toList();
	}

	static Optional<Layer> layerOf(String module) {
		return LAYERS.stream().filter(l -> l.modules().contains(module)).findFirst();
	}

	/** The module a class belongs to: the first package below {@code org.guanxi}; empty for the root package. */
	static Optional<String> moduleOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT + ".")) {
			return Optional.empty();
		}
		return Optional.of(name.substring(ROOT.length() + 1).split("\\.")[0]);
	}

	/** The top-level packages that exist in the code, sorted. */
	static Set<String> present() {
		Set<String> modules = new TreeSet<>();
		CLASSES.forEach(c -> moduleOf(c).ifPresent(modules::add));
		return modules;
	}

	/** For each module, the other modules its classes use (by any dependency: calls, fields, types, annotations). */
	static Map<String, Set<String>> dependencies() {
		Map<String, Set<String>> uses = new TreeMap<>();
		for (JavaClass type : CLASSES) {
			Optional<String> from = moduleOf(type);
			if (from.isEmpty()) {
				continue;
			}
			Set<String> targets = uses.computeIfAbsent(from.get(), m -> new TreeSet<>());
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				moduleOf(dependency.getTargetClass().getBaseComponentType()).filter(to -> !to.equals(from.get()))
					.ifPresent(targets::add);
			}
		}
		return uses;
	}

	static List<String> unplaced() {
		List<String> unplaced = new ArrayList<>(present());
		unplaced.removeAll(all());
		return unplaced;
	}

	static String[] packagesOf(List<Layer> layers) {
		return layers.stream().flatMap(l -> Arrays.stream(l.packages())).toArray(String[]::new);
	}

}
