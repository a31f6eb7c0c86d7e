package org.careerpath.career;

import org.assertj.core.groups.Tuple;
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
		assertThat(this.careers.findCatalogue()).filteredOn(listing -> listing.slug().equals("director-of-clinical-services"))
			.containsExactly(new CareerListing("director-of-clinical-services",
				"Director of Clinical Services",
				"Directors of Clinical Services hold a vital role in healthcare facilities, including hospitals, nursing homes, and other medical institutions. Their primary role is to oversee, manage, and coordinate the clinical services provided by the facility.",
				10));
	}

	@Test
	void catalogueCountsEachCareersOwnStepsInTitleOrder() {
		assertThat(this.careers.findCatalogue()).extracting(CareerListing::title, CareerListing::stepCount)
			.containsSubsequence(Tuple.tuple("Care Team Lead (test fixture)", 6L),
					Tuple.tuple("Director of Clinical Services", 10L));
	}

	@Test
	void headerSaysWhichSectionsTheGuideHas() {
		assertThat(this.careers.findHeaderBySlug("fixture-care-team-lead").orElseThrow().sections())
			.containsExactly("overview", "roadmap", "progress", "skills", "ladder", "salaries");
	}

	@Test
	void headerBySlug() {
		assertThat(this.careers.findHeaderBySlug("director-of-clinical-services"))
			.contains(CareerHeader.withAllSections("director-of-clinical-services", "Director of Clinical Services"));
	}

	@Test
	void unknownSlugFindsNothing() {
		assertThat(this.careers.findBySlug("astronaut")).isEmpty();
		assertThat(this.careers.findHeaderBySlug("astronaut")).isEmpty();
	}

}
