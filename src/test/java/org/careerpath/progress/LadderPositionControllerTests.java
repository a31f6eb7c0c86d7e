package org.careerpath.progress;

import org.careerpath.account.SecurityConfig;
import org.careerpath.career.ContentNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(LadderPositionController.class)
@Import(SecurityConfig.class)
class LadderPositionControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProgressService progress;

	@MockitoBean
	ProgressOwner owner;

	@Test
	void iAmHereIsSavedAndLeadsBackToTheRung() throws Exception {
		given(this.owner.findOrCreate(any(), any())).willReturn(5L);
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "manager").with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/ladder#rung-manager"))
			.andExpect(flash().attribute("flash", "ladder.position.saved"));
		verify(this.progress).setLadderPosition(5L, "nurse-manager", "manager");
	}

	@Test
	void anEmptyRungClearsThePosition() throws Exception {
		given(this.owner.findOrCreate(any(), any())).willReturn(5L);
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "").with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/ladder"));
		verify(this.progress).setLadderPosition(5L, "nurse-manager", null);
	}

	@Test
	void anUnknownRungIsA404AndCreatesNoProfile() throws Exception {
		willThrow(ContentNotFoundException.rung("nurse-manager", "astronaut")).given(this.progress)
			.requireRung("nurse-manager", "astronaut");
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "astronaut").with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.owner, never()).findOrCreate(any(), any());
	}

	@Test
	void withoutCsrfTokenNothingHappens() throws Exception {
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "manager"))
			.andExpect(status().isForbidden());
		verify(this.owner, never()).findOrCreate(any(), any());
	}

}
