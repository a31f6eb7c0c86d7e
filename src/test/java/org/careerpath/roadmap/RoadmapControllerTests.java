package org.careerpath.roadmap;

import java.util.List;
import java.util.Map;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.StepOutline;
import org.careerpath.system.SecurityConfig;
import org.careerpath.progress.CareerProgress;
import org.careerpath.progress.ProgressQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RoadmapController.class)
@Import(SecurityConfig.class)
class RoadmapControllerTests {

	static final CareerHeader CAREER = CareerHeader.withAllSections("nurse-manager", "Nurse Manager");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RoadmapService roadmaps;

	@MockitoBean
	ProgressQueries progress;

	@BeforeEach
	void nobodyHasProgressYet() {
		given(this.progress.forCareer(any(), anyString(), anyList())).willAnswer(call -> new CareerProgress(
				call.getArgument(1), Map.of(), call.<List<String>>getArgument(2).size(), 0, 0, 0, null, List.of()));
	}

	@Test
	void roadmapIsAnOrderedListOfStepsLinkingToEachStep() throws Exception {
		given(this.roadmaps.roadmap("nurse-manager")).willReturn(new RoadmapView(CAREER,
				List.of(new RoadmapView.Step("study", 1, "Study", "Get a degree.", List.of("Get a degree.", "Then more."),
						List.of("Earn a BSN")),
						new RoadmapView.Step("work", 2, "Work", "Work on a ward.", List.of("Work on a ward."), List.of()))));
		this.mvc.perform(get("/careers/nurse-manager/roadmap"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ol class=\"timeline\">")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/steps/study\"")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/steps/work\"")))
			// the full text is in the page for print
			.andExpect(content().string(containsString("Then more.")))
			.andExpect(content().string(containsString("aria-current=\"page\">Roadmap<")));
	}

	@Test
	void stepPageShowsTextChecklistLinksAndNeighbours() throws Exception {
		given(this.roadmaps.step("nurse-manager", "work")).willReturn(new StepView(CAREER, "work", 2, 3, "Work",
				List.of("Work on a ward.", "Lead a <team>."), List.of(new StepView.Action("ward", "Work on a ward")),
				List.of(new StepView.Link("leadership", "Leadership")),
				List.of(new StepView.Link("rn", "Registered Nurse")), new StepOutline("study", 1, "Study", "s"),
				new StepOutline("lead", 3, "Lead", "l"), List.of("study", "work", "lead")));
		this.mvc.perform(get("/careers/nurse-manager/steps/work"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Step 2 of 3")))
			.andExpect(content().string(containsString("Lead a &lt;team&gt;.")))
			.andExpect(content().string(containsString(">Work on a ward</label>")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/skills#skill-leadership\"")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/skills#credential-rn\"")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/steps/study\"")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/steps/lead\"")));
	}

	@Test
	void firstStepHasNoPreviousLink() throws Exception {
		given(this.roadmaps.step("nurse-manager", "study")).willReturn(new StepView(CAREER, "study", 1, 1, "Study",
				List.of("Text."), List.of(), List.of(), List.of(), null, null, List.of("study")));
		this.mvc.perform(get("/careers/nurse-manager/steps/study"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("rel=\"prev\""))))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
	}

	@Test
	void unknownStepIsAHelpful404() throws Exception {
		given(this.roadmaps.step("nurse-manager", "fly"))
			.willThrow(ContentNotFoundException.step("nurse-manager", "fly"));
		this.mvc.perform(get("/careers/nurse-manager/steps/fly"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This roadmap has no step “fly”.")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/roadmap\"")));
	}

	@Test
	void unknownCareerIsAHelpful404() throws Exception {
		given(this.roadmaps.roadmap("astronaut")).willThrow(ContentNotFoundException.career("astronaut"));
		this.mvc.perform(get("/careers/astronaut/roadmap"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no career at the address “astronaut”.")))
			.andExpect(content().string(containsString("href=\"/\"")));
	}

}
