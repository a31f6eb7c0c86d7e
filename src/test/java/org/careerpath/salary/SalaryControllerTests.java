package org.careerpath.salary;

import java.util.List;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.account.SecurityConfig;
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

@WebMvcTest(SalaryController.class)
@Import(SecurityConfig.class)
class SalaryControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SalaryService salaries;

	@Test
	void tableHasOneRowPerBandAndSaysWhereTheGuideGivesNoYears() throws Exception {
		given(this.salaries.salaries("nurse-manager")).willReturn(new SalariesView(
				new CareerHeader("nurse-manager", "Nurse Manager"),
				List.of(new SalariesView.Band("entry", "Entry", "$80,000 – $110,000", false, "1-3 years", "Starts."),
						new SalariesView.Band("top", "Top", "$200,000 – $260,000+", true, null, "Leads."))));
		this.mvc.perform(get("/careers/nurse-manager/salaries"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"row\">Entry</th>")))
			.andExpect(content().string(containsString("$200,000 – $260,000+")))
			.andExpect(content().string(containsString("1-3 years")))
			.andExpect(content().string(containsString("Not stated in the guide")));
	}

	@Test
	void unknownCareerIsA404() throws Exception {
		given(this.salaries.salaries("astronaut")).willThrow(ContentNotFoundException.career("astronaut"));
		this.mvc.perform(get("/careers/astronaut/salaries")).andExpect(status().isNotFound());
	}

}
