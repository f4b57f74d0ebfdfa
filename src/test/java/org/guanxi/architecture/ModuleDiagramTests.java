package org.guanxi.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/modules.md is the module diagram computed from the code: the layers of {@link Modules#LAYERS}, each
 * module's first line of its package-info.java, and an arrow for every module that uses another (but the lowest
 * layer, which all use). The test fails
 * when the committed file differs from what the code gives; {@value #WRITE}=true writes it instead.
 */
class ModuleDiagramTests {

	static final String WRITE = "guanxi.modules.write";

	private static final Path DIAGRAM = Path.of("docs", "modules.md");

	private static final Pattern FIRST_LINE = Pattern.compile("/\\*\\*\\s*\\n?\\s*\\*?\\s*([^\\n]+)");

	@Test
	void committedDiagramIsTheOneTheCodeGives() throws IOException {
		String generated = diagram(Modules.dependencies());
		if (Boolean.getBoolean(WRITE)) {
			Files.writeString(DIAGRAM, generated, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM, StandardCharsets.UTF_8) : "";
		assertThat(committed)
			.as(DIAGRAM + " does not show the modules as the code has them; regenerate it with "
					+ "./mvnw -B test -Dtest=ModuleDiagramTests -D" + WRITE + "=true and commit it")
			.isEqualTo(generated);
	}

	@Test
	void diagramHasAnArrowForEveryModuleThatUsesAnother() {
		Map<String, Set<String>> uses = Modules.dependencies();
		String diagram = diagram(uses);
		assertThat(uses.get("relationship")).contains("stakeholder", "tiering");
		assertThat(diagram).contains("  relationship --> tiering\n", "  team --> stakeholder\n")
			.doesNotContain("stakeholder --> team", "stakeholder --> relationship");
	}

	static String diagram(Map<String, Set<String>> uses) {
		StringBuilder md = new StringBuilder();
		md.append("# Guanxi's modules\n\n");
		md.append("Generated from the code by `ModuleDiagramTests`: do not edit by hand. After a change of the modules or ")
			.append("their imports, regenerate it with\n`./mvnw -B test -Dtest=ModuleDiagramTests -D")
			.append(WRITE)
			.append("=true`.\n\n");
		md.append("Each module is a top-level package under `org.guanxi`. An arrow `a --> b` means that code in `a` ")
			.append("uses `b`; arrows into the lowest layer are left out, since every module may use it. The layers are listed once, in `org.guanxi.architecture.Modules`; `ArchitectureTests` ")
			.append("checks that modules use only their own layer or lower ones and that no arrows form a cycle.\n\n");
		md.append("```mermaid\nflowchart BT\n");
		for (Modules.Layer layer : Modules.LAYERS) {
			md.append("  subgraph ").append(layer.name()).append('\n');
			layer.modules().forEach(m -> md.append("    ").append(m).append('\n'));
			md.append("  end\n");
		}
		Set<String> everywhere = Set.copyOf(Modules.LAYERS.get(0).modules());
		uses.forEach((from, targets) -> targets.stream()
			.filter(to -> !everywhere.contains(to))
			.forEach(to -> md.append("  ").append(from).append(" --> ").append(to).append('\n')));
		md.append("```\n\n");
		md.append("| layer | module | what it is |\n|---|---|---|\n");
		for (Modules.Layer layer : Modules.LAYERS) {
			for (String module : layer.modules()) {
				md.append("| ").append(layer.name()).append(" | `").append(module).append("` | ")
					.append(description(module)).append(" |\n");
			}
		}
		md.append("\nLayers, lowest first:\n\n");
		List<Modules.Layer> layers = Modules.LAYERS;
		for (Modules.Layer layer : layers) {
			md.append("- **").append(layer.name()).append("**: ").append(layer.description()).append(".\n");
		}
		return md.toString();
	}

	private static String description(String module) {
		Path info = Path.of("src", "main", "java", "org", "guanxi", module, "package-info.java");
		try {
			Matcher first = FIRST_LINE.matcher(Files.readString(info, StandardCharsets.UTF_8));
			return first.find() ? first.group(1).trim().replace("|", "\\|") : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

}
