package org.careerpath.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careerpath.system.SecurityConfig;
import org.careerpath.career.ContentNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ProgressController.class)
@Import({ SecurityConfig.class, ProgressUpdates.class })
class ProgressControllerTests {

	static final String STEPS = "/careers/nurse-manager/progress/steps";

	static final String TOKEN = GuestCookie.newToken();

	static final Person GUEST = Person.guest(TOKEN);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProgressChanges progress;

	@MockitoBean
	ProgressPages pages;

	@MockitoBean
	ProgressTransfer transfer;

	@MockitoBean
	RoadmapContent content;

	@BeforeEach
	void stepsWithTwoActions() {
		given(this.content.actionKeys("nurse-manager", "study")).willReturn(Set.of("degree", "exam"));
	}

	@Test
	void aTickSentWithFetchGetsTheNewStateAsJson() throws Exception {
		given(this.progress.setDone(GUEST, "nurse-manager", "study", true)).willReturn(change(StepStatus.DONE, Set.of()));
		this.mvc.perform(post(STEPS + "/study/done").cookie(guestCookie()).param("done", "true").accept(MediaType.APPLICATION_JSON).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.statusLabel").value("Done"))
			.andExpect(jsonPath("$.done").value(1))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.summary").value("1 of 2 steps done"))
			.andExpect(jsonPath("$.actionsSummary").value("0 of 2 actions done"));
	}

	@Test
	void withoutScriptATickRedirectsBackToTheStepWhereItWasMade() throws Exception {
		given(this.progress.setDone(GUEST, "nurse-manager", "study", true)).willReturn(change(StepStatus.DONE, Set.of()));
		this.mvc.perform(post(STEPS + "/study/done").cookie(guestCookie()).param("done", "true").param("returnTo", "roadmap").with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/roadmap#step-study"));
		this.mvc.perform(post(STEPS + "/study/done").cookie(guestCookie()).param("done", "true").param("returnTo", "step").with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/steps/study#progress"));
	}

	@Test
	void returnToNeverSendsAnywhereElse() throws Exception {
		given(this.progress.setDone(GUEST, "nurse-manager", "study", true)).willReturn(change(StepStatus.DONE, Set.of()));
		this.mvc
			.perform(post(STEPS + "/study/done").cookie(guestCookie()).param("done", "true").param("returnTo", "https://evil.example").with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/progress#step-study"));
	}

	@Test
	void allActionsTickedOffersToMarkTheStepDone() throws Exception {
		given(this.progress.setAction(GUEST, "nurse-manager", "study", "exam", true))
			.willReturn(change(StepStatus.IN_PROGRESS, Set.of("degree", "exam")));
		this.mvc
			.perform(post(STEPS + "/study/actions/exam").cookie(guestCookie()).param("done", "true").accept(MediaType.APPLICATION_JSON).with(csrf()))
			.andExpect(jsonPath("$.offerDone").value(true))
			.andExpect(jsonPath("$.stepDone").value(false))
			.andExpect(jsonPath("$.actionsSummary").value("2 of 2 actions done"));
	}

	@Test
	void changesWithoutCsrfTokenAreForbidden() throws Exception {
		this.mvc.perform(post(STEPS + "/study/done").cookie(guestCookie()).param("done", "true")).andExpect(status().isForbidden());
		verify(this.progress, never()).setDone(any(), anyString(), anyString(), org.mockito.ArgumentMatchers.anyBoolean());
	}

	@Test
	void badDetailsReRenderTheFormWithWhatWasTypedAndSaveNothing() throws Exception {
		var step = new ProgressPage.Step("study", 1, "Study", "s", List.of("s"), List.of(),
				new CareerProgress.StepState("study", StepStatus.NOT_STARTED, Set.of(), null, null, null, null));
		given(this.pages.step(any(), anyString(), anyString())).willReturn(
				new ProgressPages.StepPage(org.careerpath.career.CareerHeader.withAllSections("nurse-manager", "Nurse Manager"), step));
		this.mvc
			.perform(post(STEPS + "/study/details").param("note", "my words")
				.param("completedOn", "2999-12-31")
				.param("evidenceUrl", "ftp://files.example/x")
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("progress/details"))
			.andExpect(model().attributeHasFieldErrors("details", "completedOn", "evidenceUrl"))
			.andExpect(content().string(containsString(">my words</textarea>")))
			.andExpect(content().string(containsString("value=\"ftp://files.example/x\"")));
		verify(this.progress, never()).saveDetails(any(), anyString(), anyString(), any());
	}

	@Test
	void unknownStepIsA404() throws Exception {
		given(this.progress.setDone(Person.nobody(), "nurse-manager", "fly", true))
			.willThrow(ContentNotFoundException.step("nurse-manager", "fly"));
		this.mvc.perform(post(STEPS + "/fly/done").param("done", "true").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aChangeRenewsTheGuestCookie() throws Exception {
		given(this.progress.setDone(GUEST, "nurse-manager", "study", true)).willReturn(change(StepStatus.DONE, Set.of()));
		this.mvc.perform(post(STEPS + "/study/done").cookie(guestCookie()).param("done", "true").with(csrf()))
			.andExpect(cookie().value(GuestCookie.NAME, TOKEN))
			.andExpect(cookie().maxAge(GuestCookie.NAME, (int) GuestCookie.MAX_AGE.toSeconds()))
			.andExpect(cookie().httpOnly(GuestCookie.NAME, true));
	}

	private static jakarta.servlet.http.Cookie guestCookie() {
		return new jakarta.servlet.http.Cookie(GuestCookie.NAME, TOKEN);
	}

	private static ProgressChanges.Change change(StepStatus status, Set<String> actions) {
		return new ProgressChanges.Change(progress(status, actions), TOKEN);
	}

	private static CareerProgress progress(StepStatus status, Set<String> actions) {
		Map<String, CareerProgress.StepState> steps = new LinkedHashMap<>();
		steps.put("study", new CareerProgress.StepState("study", status, actions, null, null, null, java.time.Instant.now()));
		steps.put("work", new CareerProgress.StepState("work", StepStatus.NOT_STARTED, Set.of(), null, null, null, null));
		int done = (status == StepStatus.DONE) ? 1 : 0;
		return new CareerProgress("nurse-manager", steps, 2, done, 0, 0, done == 1 ? "work" : "study", List.of());
	}

}
