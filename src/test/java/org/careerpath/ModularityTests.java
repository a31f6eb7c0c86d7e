package org.careerpath;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules and their arrows (each package-info's allowed dependencies, as in the design's module map) verified
 * by Spring Modulith, with its documentation written to docs/modules; and the few rules Modulith does not check.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CareerPathApplication.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.careerpath");

	/** Types a service or repository never takes or returns: the request, the page's model, the security context. */
	static final String[] WEB_TYPES = { "jakarta.servlet..", "org.springframework.ui..",
			"org.springframework.security.core.context..", "org.springframework.web.context.request.." };

	@Test
	void modulesDependOnlyOnWhatTheirPackageInfoAllows() {
		MODULES.verify();
	}

	@Test
	void moduleDocumentationIsWrittenToDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeModuleCanvases();
	}

	@Test
	void theGuidesDataKnowsNoRequestAndNoSecurity() {
		noClasses().that()
			.resideInAPackage("org.careerpath.career..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.security..", "org.springframework.web..", "jakarta.servlet..")
			.check(CLASSES);
	}

	@Test
	void servicesAndRepositoriesTakePlainValues() {
		methods().that()
			.areDeclaredInClassesThat(servicesOrRepositories())
			.should(new ArchCondition<>("mention no servlet, Model or security-context type") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean webby = method.getRawParameterTypes().stream().anyMatch(ModularityTests::isWebType)
							|| isWebType(method.getRawReturnType());
					events.add(new SimpleConditionEvent(method, !webby, method.getFullName()));
				}
			})
			.check(CLASSES);
	}

	@Test
	void controllersStayThinAndUseNoRepositoryDirectly() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Repository")
				.and(JavaClass.Predicates.resideInAPackage("org.careerpath..")))
			.check(CLASSES);
	}

	@Test
	void everyPackageSaysWhatItOwns() {
		classes().that()
			.resideInAPackage("org.careerpath.*..")
			.should(PackageInfo.PRESENT)
			.check(CLASSES);
	}

	private static DescribedPredicate<JavaClass> servicesOrRepositories() {
		return DescribedPredicate.describe("services and repositories",
				type -> type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Transactional.class)
						|| type.getSimpleName().endsWith("Repository") || type.getMethods()
							.stream()
							.anyMatch(method -> method.isAnnotatedWith(Transactional.class)));
	}

	private static boolean isWebType(JavaClass type) {
		String name = type.getName();
		for (String pattern : WEB_TYPES) {
			if (name.startsWith(pattern.substring(0, pattern.length() - 2))) {
				return true;
			}
		}
		return false;
	}

}
