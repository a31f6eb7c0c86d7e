package org.careerpath.salary;

import java.util.Locale;

import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The salaries page over the guide's four bands, as a reader's browser asks for it, on the real database. */
@CareerPathTest
class SalaryControllerTests {

	static final String PAGE = "/careers/director-of-clinical-services/salaries";

	@Autowired
	MockMvc mvc;

	@Test
	void tableAndChartShowTheFourBandsWithTheOpenTop() throws Exception {
		this.mvc.perform(get(PAGE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"row\">Entry-Level Director of Clinical Services</th>")))
			.andExpect(content().string(containsString("$200,000 – $260,000+")))
			.andExpect(content().string(containsString("Not stated in the guide")))
			.andExpect(content().string(containsString("<svg role=\"img\"")))
			.andExpect(content().string(containsString("<title id=\"chart-title\">")))
			.andExpect(content().string(containsString("class=\"chart__open\"")))
			.andExpect(content().string(containsString(">$300K</text>")));
	}

	@Test
	void comparingTwoLevelsShowsDifferencesPerMonthAndPerHour() throws Exception {
		this.mvc.perform(get(PAGE).param("compare", "entry-level").param("with", "mid-level"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("$30,000 more (37.5%)")))
			.andExpect(content().string(containsString("$40,000 more (36.4%)")))
			.andExpect(content().string(containsString("$35,000 more (36.8%)")))
			.andExpect(content().string(containsString("$6,667 – $9,167")))
			.andExpect(content().string(containsString("$38.46 – $52.88")))
			.andExpect(content().string(containsString("3-6 years")))
			.andExpect(content().string(containsString("2,080 working hours")))
			.andExpect(content().string(containsString("<option value=\"mid-level\" selected=\"selected\">")));
	}

	@Test
	void theOpenBandIsWordedAtLeast() throws Exception {
		this.mvc.perform(get(PAGE).param("compare", "entry-level").param("with", "executive"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least $150,000 more (at least 136.4%)")))
			.andExpect(content().string(containsString("$120,000 more (150%)")))
			.andExpect(content().string(containsString("$260,000+")));
	}

	@Test
	void unknownLevelExplainsInPlaceWith400() throws Exception {
		this.mvc.perform(get(PAGE).param("compare", "entry-level").param("with", "astronaut"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That level is not one of this career’s levels.")))
			.andExpect(content().string(containsString("<option value=\"entry-level\" selected=\"selected\">")));
	}

	@Test
	void sameLevelTwiceOrOnlyOneLevelExplainsInPlaceWith400() throws Exception {
		this.mvc.perform(get(PAGE).param("compare", "senior").param("with", "senior"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose two different levels")));
		this.mvc.perform(get(PAGE).param("compare", "senior").param("with", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose two levels to compare.")));
	}

	@Test
	void yearsThatAreNotAWholeNumberOrOutOfRangeExplainAndKeepTheInput() throws Exception {
		this.mvc.perform(get(PAGE).param("years", "four"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter your years of experience as a whole number, like 4.")))
			.andExpect(content().string(containsString("value=\"four\"")));
		this.mvc.perform(get(PAGE).param("years", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a number of years from 0 to 60.")));
		this.mvc.perform(get(PAGE).param("years", "61"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a number of years from 0 to 60.")));
	}

	@Test
	void yearsFindTheBandWithTheHigherLevelWhereRangesMeet() throws Exception {
		this.mvc.perform(get(PAGE).param("years", "2"))
			.andExpect(content().string(containsString("With 2 years at director level, the guide’s band is Entry-Level")))
			.andExpect(content().string(containsString("count only your years at director level")))
			.andExpect(content().string(containsString("Years in other jobs, however many, do not place anyone")));
		this.mvc.perform(get(PAGE).param("years", "1"))
			.andExpect(content().string(containsString("With 1 year at director level, the guide’s band is Entry-Level")));
		this.mvc.perform(get(PAGE).param("years", "3"))
			.andExpect(content().string(containsString("With 3 years at director level, the guide’s band is Mid-Level")));
		this.mvc.perform(get(PAGE).param("years", "6"))
			.andExpect(content().string(containsString("With 6 years at director level, the guide’s band is Senior")))
			.andExpect(content().string(containsString("Where the guide’s ranges meet (3 and 6 years)")));
		this.mvc.perform(get(PAGE).param("years", "0"))
			.andExpect(content().string(containsString("below the guide’s first band, Entry-Level Director of Clinical Services, which is for 1-3 years at director level")));
		this.mvc.perform(get(PAGE).param("years", "40"))
			.andExpect(content().string(containsString("the guide’s band is Senior")))
			.andExpect(content().string(not(containsString("the guide’s band is Executive"))));
	}

	@Test
	void dollarsAreFormattedForTheReadersLocaleButStayUsDollars() throws Exception {
		this.mvc.perform(get(PAGE).locale(Locale.GERMANY))
			.andExpect(content().string(containsString("80.000")))
			.andExpect(content().string(containsString("$")));
		this.mvc.perform(get(PAGE).locale(Locale.UK)).andExpect(content().string(containsString("US$80,000")));
		this.mvc.perform(get(PAGE).locale(Locale.forLanguageTag("ar-EG")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">٠ US$</text><text"))));
	}

}
