package org.careerpath.progress;

import org.careerpath.system.SecurityConfig;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(LadderPositionController.class)
@Import(SecurityConfig.class)
class LadderPositionControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LadderPositions positions;

	@Test
	void iAmHereIsSavedAndLeadsBackToTheRungAndANewGuestGetsTheirCookie() throws Exception {
		given(this.positions.place(Person.nobody(), "nurse-manager", "manager")).willReturn(GuestCookie.newToken());
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "manager").with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/ladder#rung-manager"))
			.andExpect(flash().attribute("flash", "ladder.position.saved"))
			.andExpect(cookie().httpOnly(GuestCookie.NAME, true));
		verify(this.positions).place(Person.nobody(), "nurse-manager", "manager");
	}

	@Test
	void anEmptyRungClearsThePosition() throws Exception {
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "").with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/ladder"))
			.andExpect(flash().attribute("flash", "ladder.position.cleared"));
		verify(this.positions).place(Person.nobody(), "nurse-manager", null);
	}

	@Test
	void anUnknownRungIsA404() throws Exception {
		willThrow(ContentNotFoundException.rung("nurse-manager", "astronaut")).given(this.positions)
			.place(any(), any(), any());
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "astronaut").with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(cookie().doesNotExist(GuestCookie.NAME));
	}

	@Test
	void withoutCsrfTokenNothingHappens() throws Exception {
		this.mvc.perform(post("/careers/nurse-manager/ladder/position").param("rung", "manager"))
			.andExpect(status().isForbidden());
		verify(this.positions, never()).place(any(), any(), any());
	}

}
