package org.careerpath.career;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.careerpath.support.JpaSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

@JpaSliceTest
class RoadmapStepRepositoryTests {

	static final String SLUG = "director-of-clinical-services";

	@Autowired
	RoadmapStepRepository steps;

	@Test
	void outlinesComeInRoadmapOrderWithStableKeys() {
		List<StepOutline> outline = this.steps.findOutlinesByCareerSlug(SLUG);
		assertThat(outline).hasSize(10);
		assertThat(outline.get(0)).isEqualTo(new StepOutline("educational-background", 1,
				"Acquire a Solid Educational Background",
				"Starting your journey towards becoming a Director of Clinical Services, it’s crucial to obtain a strong educational background."));
		assertThat(outline).extracting(StepOutline::key).doesNotHaveDuplicates();
		assertThat(this.steps.countByCareerSlug(SLUG)).isEqualTo(10);
	}

	@Test
	void detailHasActionsInOrderSkillsAndCredentials() {
		RoadmapStep step = this.steps.findDetail(SLUG, "further-education").orElseThrow();
		assertThat(step.getPosition()).isEqualTo(4);
		assertThat(step.getActions()).extracting(StepAction::getPosition).isSorted().doesNotHaveDuplicates();
		assertThat(step.getActions()).extracting(StepAction::getKey)
			.containsExactlyElementsOf(this.steps.findActionOutlinesByCareerSlug(SLUG)
				.stream()
				.filter(action -> action.stepKey().equals("further-education"))
				.map(ActionOutline::key)
				.toList());
		assertThat(step.getCredentials()).extracting(Credential::getAbbreviation).containsExactlyInAnyOrder("CHE",
				"FACHE");
		assertThat(step.getSkills()).isNotEmpty();
	}

	@Test
	void unknownStepOrCareerFindsNothing() {
		assertThat(this.steps.findDetail(SLUG, "step-99")).isEmpty();
		assertThat(this.steps.findDetail("astronaut", "further-education")).isEmpty();
		assertThat(this.steps.findOutlinesByCareerSlug("astronaut")).isEmpty();
	}

}
