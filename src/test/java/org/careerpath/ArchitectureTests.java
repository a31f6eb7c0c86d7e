package org.careerpath;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the feature packages honest: dependencies point one way, towards the guide's data. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.careerpath");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.careerpath.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theGuidesDataKnowsNoFeatureAndNoUser() {
		noClasses().that()
			.resideInAPackage("org.careerpath.career..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.careerpath.roadmap..", "org.careerpath.salary..", "org.careerpath.progress..",
					"org.careerpath.account..", "org.careerpath.advisor..", "org.careerpath.system..",
					"org.springframework.security..", "org.springframework.web..")
			.check(CLASSES);
	}

	@Test
	void pagesDoNotDependOnEachOther() {
		noClasses().that()
			.resideInAPackage("org.careerpath.salary..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.careerpath.roadmap..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("org.careerpath.roadmap..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.careerpath.salary..")
			.check(CLASSES);
	}

	@Test
	void accountsKnowNothingOfProgressWhichListensToTheirEvents() {
		noClasses().that()
			.resideInAPackage("org.careerpath.account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.careerpath.progress..", "org.careerpath.roadmap..", "org.careerpath.salary..")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotDependOnPages() {
		noClasses().that()
			.resideInAPackage("org.careerpath.progress..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.careerpath.roadmap..", "org.careerpath.salary..")
			.check(CLASSES);
	}

	@Test
	void theGuidesEntitiesAreReadOnlyByTheFeaturesThatShowThem() {
		classes().that()
			.resideInAPackage("org.careerpath.career..")
			.and()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.should()
			.onlyHaveDependentClassesThat()
			.resideInAnyPackage("org.careerpath.career..", "org.careerpath.roadmap..", "org.careerpath.salary..",
					"org.careerpath.progress..")
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

}
