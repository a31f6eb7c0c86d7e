package org.careerpath;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** An ArchUnit condition: the class's package has a package-info with its one-line description. */
final class PackageInfo {

	static final ArchCondition<JavaClass> PRESENT = new ArchCondition<>("live in a package with a package-info") {
		@Override
		public void check(JavaClass javaClass, ConditionEvents events) {
			boolean present = javaClass.getPackage().tryGetPackageInfo().isPresent();
			events.add(new SimpleConditionEvent(javaClass, present,
					javaClass.getPackageName() + " has " + (present ? "a" : "no") + " package-info"));
		}
	};

	private PackageInfo() {
	}

}
