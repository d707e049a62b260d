package ca.engagementgraph;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each top-level package under {@code ca.engagementgraph} is an application module: it reaches other modules only
 * through the public types of their base package (or a named interface), only those its package-info.java allows, and
 * no two modules depend on each other in a cycle. Reads the compiled classes only, no Spring context.
 */
class ModuleBoundariesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(EngagementGraphApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyAllowAndFormNoCycle() {
		MODULES.verify();
	}

	/**
	 * {@code loading} has one entry point, {@code Loading}, and publishes only what goes in and out of it; the
	 * reader, the writer, the rules and the key lookups are its own. The classification rule is the model's, so the
	 * read support and the ledger judge records by it without depending on the loading machinery.
	 */
	@Test
	void loadingIsReachedThroughOneEntryPointAndTheClassificationRuleIsTheModels() {
		Set<String> published = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("ca.engagementgraph.loading")) {
			if (type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
					&& type.getEnclosingClass().isEmpty() && !type.getSimpleName().equals("package-info")) {
				published.add(type.getSimpleName());
			}
		}
		assertThat(published).containsExactlyInAnyOrder("Loading", "GraphData", "DataProblem", "InvalidDataException");
		assertThat(MODULES.getModuleByName("api").orElseThrow().getDirectDependencies(MODULES).containsModuleNamed("loading"))
			.as("api depends on loading").isFalse();
		assertThat(MODULES.getModuleByName("ledger").orElseThrow().getDirectDependencies(MODULES).containsModuleNamed("loading"))
			.as("ledger depends on loading").isFalse();
	}

	@Test
	void everyPackageOfTheServiceIsNullMarked() {
		Set<String> packages = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(EngagementGraphApplication.class.getPackageName())) {
			packages.add(type.getPackageName());
		}
		Set<String> unmarked = new TreeSet<>();
		for (String name : packages) {
			if (!nullMarked(name)) {
				unmarked.add(name);
			}
		}
		assertThat(packages).contains("ca.engagementgraph.api.read", "ca.engagementgraph.model");
		assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
	}

	private static boolean nullMarked(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
		}
		catch (ClassNotFoundException noPackageInfo) {
			return false;
		}
	}
}
