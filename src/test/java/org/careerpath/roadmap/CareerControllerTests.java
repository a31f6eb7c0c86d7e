package org.careerpath.roadmap;

import java.util.List;
import java.util.Optional;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.system.SecurityConfig;
import org.careerpath.progress.ProgressQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CareerController.class)
@Import(SecurityConfig.class)
class CareerControllerTests {

	static final CareerHeader CAREER = CareerHeader.withAllSections("nurse-manager", "Nurse Manager");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RoadmapService roadmaps;

	@MockitoBean
	ProgressQueries progress;

	@Test
	void overviewShowsTheRoleAndTheCareerAtAGlance() throws Exception {
		given(this.roadmaps.overview(eq("nurse-manager"), any())).willReturn(new CareerOverview(CAREER, "How to lead a ward",
				List.of("Intro."), List.of("Runs the ward."), List.of("Hospitals."), List.of("Go for it."),
				new CareerOverview.AtAGlance(7, 4, "$1 – $2+", 2, List.of("Nurse", "Manager"))));
		this.mvc.perform(get("/careers/nurse-manager"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Runs the ward.")))
			.andExpect(content().string(containsString("Hospitals.")))
			.andExpect(content().string(containsString("7 steps")))
			.andExpect(content().string(containsString("4 essential skills")))
			.andExpect(content().string(containsString("$1 – $2+ a year, in 2 levels")))
			.andExpect(content().string(containsString("2 rungs, from Nurse to Manager")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/faq\"")))
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager/responsibilities\"")));
	}

	@Test
	void skillsPageAnchorsEachSkillAndCredentialAndLinksTheirSteps() throws Exception {
		var step = new SkillsView.StepRef("work", 2, "Work");
		given(this.roadmaps.skills("nurse-manager")).willReturn(new SkillsView(CAREER,
				List.of(new SkillsView.Skill("leadership", "Leadership", "Leads people.", List.of(step))),
				List.of(new SkillsView.Credential("rn", "Registered Nurse", "RN", "LICENCE", "Pass the exam.",
						List.of(step))), "Check with your licensing board."));
		this.mvc.perform(get("/careers/nurse-manager/skills"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"skill-leadership\"")))
			.andExpect(content().string(containsString("id=\"credential-rn\"")))
			.andExpect(content().string(containsString("Licence")))
			.andExpect(content().string(containsString("Step 2: Work")));
	}

	@Test
	void ladderKeepsTheRungsInOrderWithTheirTips() throws Exception {
		given(this.roadmaps.ladder("nurse-manager")).willReturn(new LadderView(CAREER,
				List.of(new LadderView.Rung("nurse", 1, "The Foundation", "Nurse", List.of("Start here."), "Tips:",
						List.of(new LadderView.Tip("Learn", "Keep learning."))),
						new LadderView.Rung("manager", 2, "The Top", "Manager", List.of("End here."), null, List.of()))));
		this.mvc.perform(get("/careers/nurse-manager/ladder"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ol class=\"ladder\">")))
			.andExpect(content().string(containsString("Rung 1 · The Foundation")))
			.andExpect(content().string(containsString("Keep learning.")))
			.andExpect(content().string(containsString("Rung 2 · The Top")));
	}

	@Test
	void theRungThePersonIsOnIsMarkedAndTheNextRungsTipsComeFirst() throws Exception {
		given(this.roadmaps.ladder("nurse-manager")).willReturn(new LadderView(CAREER,
				List.of(new LadderView.Rung("nurse", 1, "The Foundation", "Nurse", List.of("Start here."), "Tips:",
						List.of(new LadderView.Tip("Learn", "Keep learning."))),
						new LadderView.Rung("manager", 2, "The Top", "Manager", List.of("End here."), "To excel:",
								List.of(new LadderView.Tip("Lead", "Lead the ward."))))));
		given(this.progress.ladderPosition(any(), eq("nurse-manager"))).willReturn(Optional.of("nurse"));
		this.mvc.perform(get("/careers/nurse-manager/ladder"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are here: Nurse")))
			.andExpect(content().string(containsString("Your next rung: Manager.")))
			.andExpect(content().string(containsString("aria-current=\"step\"")))
			.andExpect(content().string(containsString("<strong>You are here</strong>")))
			.andExpect(content().string(containsString("action=\"/careers/nurse-manager/ladder/position\"")));

		given(this.progress.ladderPosition(any(), eq("nurse-manager"))).willReturn(Optional.of("manager"));
		this.mvc.perform(get("/careers/nurse-manager/ladder"))
			.andExpect(content().string(containsString("You are on the top rung of this ladder.")));
	}

	@Test
	void responsibilitiesListEachAreaWithItsDuties() throws Exception {
		given(this.roadmaps.responsibilities("nurse-manager")).willReturn(new ResponsibilitiesView(CAREER,
				List.of("They lead."), List.of(new ResponsibilitiesView.Area("budget", "Budget", List.of("Plan it.")))));
		this.mvc.perform(get("/careers/nurse-manager/responsibilities"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"area-budget\"")))
			.andExpect(content().string(containsString("Plan it.")));
	}

	@Test
	void faqShowsQuestionsAndAnswers() throws Exception {
		given(this.roadmaps.faq("nurse-manager")).willReturn(
				new FaqView(CAREER, List.of(new FaqView.Entry("stress", "Is it stressful?", List.of("At times.")))));
		this.mvc.perform(get("/careers/nurse-manager/faq"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is it stressful?")))
			.andExpect(content().string(containsString("At times.")));
	}

	@Test
	void unknownCareerIsA404WithALinkHome() throws Exception {
		given(this.roadmaps.overview(eq("astronaut"), any())).willThrow(ContentNotFoundException.career("astronaut"));
		this.mvc.perform(get("/careers/astronaut"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no career at the address “astronaut”.")));
	}

}
