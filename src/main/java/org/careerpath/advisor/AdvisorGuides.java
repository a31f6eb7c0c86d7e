package org.careerpath.advisor;

import java.util.Locale;

import org.careerpath.career.Career;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.CredentialRepository;
import org.careerpath.career.LadderRungRepository;
import org.careerpath.career.MoneyFormat;
import org.careerpath.career.RoadmapStepRepository;
import org.careerpath.career.SalaryBandRepository;
import org.careerpath.career.SalaryRange;
import org.careerpath.career.SkillRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a guide into the plain values the advisor's rules use. */
@Component
@Transactional(readOnly = true)
class AdvisorGuides {

	private final CareerRepository careers;

	private final RoadmapStepRepository steps;

	private final LadderRungRepository rungs;

	private final CredentialRepository credentials;

	private final SkillRepository skills;

	private final SalaryBandRepository bands;

	AdvisorGuides(CareerRepository careers, RoadmapStepRepository steps, LadderRungRepository rungs,
			CredentialRepository credentials, SkillRepository skills, SalaryBandRepository bands) {
		this.careers = careers;
		this.steps = steps;
		this.rungs = rungs;
		this.credentials = credentials;
		this.skills = skills;
		this.bands = bands;
	}

	AdvisorGuide guide(String slug, Locale locale) {
		Career career = this.careers.findBySlug(slug).orElseThrow(() -> ContentNotFoundException.career(slug));
		return new AdvisorGuide(slug, career.getTitle(),
				this.steps.findWithActionsByCareerSlug(slug).stream()
					.map(step -> new AdvisorGuide.Step(step.getKey(), step.getPosition(), step.getTitle(),
							step.getActions().stream()
								.map(action -> new AdvisorGuide.Named(action.getKey(), action.getLabel()))
								.toList()))
					.toList(),
				this.rungs.findWithTipsByCareerSlug(slug).stream()
					.map(rung -> new AdvisorGuide.Rung(rung.getKey(), rung.getTitle(),
							rung.getTips().stream().map(tip -> tip.getTitle() + ": " + tip.getText()).toList()))
					.toList(),
				this.credentials.findWithStepsByCareerSlug(slug).stream()
					.map(credential -> new AdvisorGuide.Named(credential.getKey(), credential.getName()))
					.toList(),
				this.skills.findWithStepsByCareerSlug(slug).stream()
					.map(skill -> new AdvisorGuide.Named(skill.getKey(), skill.getName()))
					.toList(),
				this.bands.findByCareerSlug(slug).stream()
					.map(band -> new AdvisorGuide.Band(band.getKey(), band.getLevel(),
							MoneyFormat.range(SalaryRange.of(band, career.getCurrency()), locale)))
					.toList(),
				career.getAdvisorRules());
	}

}
