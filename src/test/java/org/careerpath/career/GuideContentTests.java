package org.careerpath.career;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.careerpath.support.JpaSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide file, as the loader wrote it, holds the whole guide: counts and spot checks of wording and numbers. */
@JpaSliceTest
class GuideContentTests {

	static final String SLUG = "director-of-clinical-services";

	@Autowired
	CareerRepository careers;

	@Autowired
	RoadmapStepRepository steps;

	@Autowired
	SkillRepository skills;

	@Autowired
	CredentialRepository credentials;

	@Autowired
	LadderRungRepository rungs;

	@Autowired
	SalaryBandRepository bands;

	@Autowired
	ResponsibilityAreaRepository areas;

	@Autowired
	FaqEntryRepository faqs;

	@Test
	void careerIsThereWithItsTitles() {
		Career career = this.careers.findBySlug(SLUG).orElseThrow();
		assertThat(career.getTitle()).isEqualTo("Director of Clinical Services");
		assertThat(career.getGuideTitle())
			.isEqualTo("How to Become a Director of Clinical Services (Championing Patient Care)");
		assertThat(career.getWorkEnvironment()).startsWith(
				"Directors of Clinical Services typically work in healthcare institutions such as hospitals, clinics, nursing homes, and rehabilitation centers.");
		assertThat(career.getConclusion()).endsWith("Because the world is waiting for the difference you can make.")
			.doesNotContain("AI-powered");
	}

	@Test
	void tenStepsInTheGuidesOrderEachWithTwoToFiveActionsAndASkill() {
		List<RoadmapStep> all = this.steps.findWithActionsByCareerSlug(SLUG);
		assertThat(all).extracting(RoadmapStep::getPosition).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(all).extracting(RoadmapStep::getTitle)
			.containsExactly("Acquire a Solid Educational Background", "Obtain a Degree in a Healthcare Related Field",
					"Gain Practical Experience in Clinical Services", "Pursue Further Education and Specialization",
					"Acquire Necessary Certifications and Licenses", "Develop Strong Leadership and Management Skills",
					"Gain Experience in Healthcare Management",
					"Keep Abreast of the Latest Developments in Healthcare",
					"Network with Healthcare Professionals and Leaders",
					"Apply for Director of Clinical Services Positions");
		assertThat(all).allSatisfy(step -> assertThat(step.getActions()).hasSizeBetween(2, 5));
		for (RoadmapStep step : all) {
			assertThat(this.steps.findDetail(SLUG, step.getKey()).orElseThrow().getSkills())
				.as("skills of step %s", step.getKey())
				.isNotEmpty();
		}
		assertThat(all.get(9).getBody()).endsWith("Persistence is key.");
	}

	@Test
	void stepTwoNamesTheNclexRouteAndTheRegisteredNurseLicence() {
		RoadmapStep step = this.steps.findDetail(SLUG, "healthcare-degree").orElseThrow();
		assertThat(step.getBody()).contains(
				"pass the National Council Licensure Examination (NCLEX) to become a registered nurse.");
		assertThat(step.getActions()).extracting(StepAction::getLabel)
			.anySatisfy(label -> assertThat(label).contains("NCLEX"));
		assertThat(step.getCredentials()).extracting(Credential::getAbbreviation).contains("RN");
	}

	@Test
	void fifteenSkillsWithTheGuidesDescriptions() {
		List<Skill> all = this.skills.findWithStepsByCareerSlug(SLUG);
		assertThat(all).hasSize(15);
		assertThat(all.get(0).getName()).isEqualTo("Leadership");
		assertThat(all.get(14).getName()).isEqualTo("Adaptability");
		assertThat(all).extracting(Skill::getName).contains("Knowledge of Healthcare Regulations", "Decision-making");
		assertThat(all.get(0).getDescription()).isEqualTo(
				"The Director of Clinical Services oversees the entire clinical department. Leadership skills are essential to manage teams, inspire staff, and drive the department towards its goals.");
	}

	@Test
	void credentialsTheGuideNames() {
		List<Credential> all = this.credentials.findWithStepsByCareerSlug(SLUG);
		assertThat(all).extracting(Credential::getAbbreviation).contains("RN", "CHE", "FACHE", "CMM");
		assertThat(all).extracting(Credential::getName)
			.anySatisfy(name -> assertThat(name).contains("Clinical Social Work"))
			.anySatisfy(name -> assertThat(name).contains("Geriatric Care"))
			.anySatisfy(name -> assertThat(name).contains("Mental Health"))
			.anySatisfy(name -> assertThat(name).contains("Substance Abuse"));
		assertThat(all).allSatisfy(credential -> assertThat(credential.getSteps()).isNotEmpty());
	}

	@Test
	void fiveRungsWithThreeThreeThreeThreeAndNoTips() {
		List<LadderRung> all = this.rungs.findWithTipsByCareerSlug(SLUG);
		assertThat(all).extracting(LadderRung::getStage)
			.containsExactly("The Foundation", "The Ascent", "Reaching New Heights", "Beyond the Horizon",
					"Pinnacle of Success");
		assertThat(all).extracting(LadderRung::getTitle)
			.containsExactly("Clinical Services Coordinator", "Clinical Services Manager",
					"Director of Clinical Operations", "Vice President of Clinical Services",
					"Director of Clinical Services");
		assertThat(all).extracting(rung -> rung.getTips().size()).containsExactly(3, 3, 3, 3, 0);
		assertThat(all.get(0).getTips().get(0).getTitle()).isEqualTo("Gain Knowledge");
		assertThat(all.get(0).getTips().get(0).getText())
			.isEqualTo("Stay updated about the healthcare industry and clinical practices.");
	}

	@Test
	void fourSalaryBandsWithTheGuidesFiguresAndAnOpenTop() {
		List<SalaryBand> all = this.bands.findByCareerSlug(SLUG);
		assertThat(all).extracting(SalaryBand::getMedianMin).containsExactly(80_000, 110_000, 150_000, 200_000);
		assertThat(all).extracting(SalaryBand::getMedianMax).containsExactly(110_000, 150_000, 200_000, 260_000);
		assertThat(all).extracting(SalaryBand::isOpenEnded).containsExactly(false, false, false, true);
		assertThat(all).extracting(SalaryBand::getExperienceText).containsExactly("1-3 years", "3-6 years",
				"6+ years", null);
		assertThat(all.get(0).getExperienceMinYears()).isEqualTo(1);
		assertThat(all.get(0).getExperienceMaxYears()).isEqualTo(3);
		assertThat(all.get(3).getLevel())
			.isEqualTo("Executive Director of Clinical Services / Vice President of Clinical Services");
		assertThat(MoneyFormat.range(SalaryRange.of(all.get(3), Currency.getInstance("USD")), Locale.US)).isEqualTo("$200,000 – $260,000+");
		assertThat(MoneyFormat.range(SalaryRange.of(all.get(0), Currency.getInstance("USD")), Locale.US)).isEqualTo("$80,000 – $110,000");
	}

	@Test
	void tenResponsibilityAreasWithTheirDuties() {
		List<ResponsibilityArea> all = this.areas.findWithDutiesByCareerSlug(SLUG);
		assertThat(all).hasSize(10);
		assertThat(all.get(0).getTitle()).isEqualTo("Strategic Planning and Execution");
		assertThat(all.get(9).getTitle()).isEqualTo("Continuing Education");
		assertThat(all).extracting(area -> area.getDuties().size()).containsExactly(3, 3, 3, 2, 3, 3, 2, 2, 2, 2);
		assertThat(all.get(3).getDuties().get(0).getDescription())
			.isEqualTo("Develop and manage the budget for the clinical services department.");
	}

	@Test
	void fiveFaqEntries() {
		List<FaqEntry> all = this.faqs.findByCareerSlug(SLUG);
		assertThat(all).hasSize(5);
		assertThat(all.get(3).getQuestion()).isEqualTo("Is the role of Director of Clinical Services stressful?");
		assertThat(all.get(4).getAnswer()).contains("Vice President of Clinical Operations or Chief Clinical Officer");
	}

}
