package org.careerpath.roadmap;

import java.util.List;

import org.careerpath.career.CareerListing;
import org.careerpath.system.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CatalogueController.class)
@Import(SecurityConfig.class)
class CatalogueControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RoadmapService roadmaps;

	@Test
	void listsEveryCareerAsACardLinkingToItsOverview() throws Exception {
		given(this.roadmaps.catalogue()).willReturn(List.of(new CareerListing("nurse-manager", "Nurse Manager",
				"Leads a nursing unit.", 7), new CareerListing("social-work-lead", "Social Work <Lead>", "Leads.", 1)));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/careers/nurse-manager\"")))
			.andExpect(content().string(containsString("7 steps on the roadmap")))
			.andExpect(content().string(containsString("1 step on the roadmap")))
			.andExpect(content().string(containsString("Social Work &lt;Lead&gt;")));
	}

	@Test
	void saysSoWhenThereAreNoCareers() throws Exception {
		given(this.roadmaps.catalogue()).willReturn(List.of());
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No careers have been added yet.")));
	}

}
