package org.careerpath.career;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.careerpath.support.JpaSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

@JpaSliceTest
class CareerRepositoryTests {

	@Autowired
	CareerRepository careers;

	@Test
	void catalogueListsEachCareerWithItsStepCount() {
		assertThat(this.careers.findCatalogue()).containsExactly(new CareerListing("director-of-clinical-services",
				"Director of Clinical Services",
				"Directors of Clinical Services hold a vital role in healthcare facilities, including hospitals, nursing homes, and other medical institutions. Their primary role is to oversee, manage, and coordinate the clinical services provided by the facility.",
				10));
	}

	@Test
	void headerBySlug() {
		assertThat(this.careers.findHeaderBySlug("director-of-clinical-services"))
			.contains(new CareerHeader("director-of-clinical-services", "Director of Clinical Services"));
	}

	@Test
	void unknownSlugFindsNothing() {
		assertThat(this.careers.findBySlug("astronaut")).isEmpty();
		assertThat(this.careers.findHeaderBySlug("astronaut")).isEmpty();
	}

}
