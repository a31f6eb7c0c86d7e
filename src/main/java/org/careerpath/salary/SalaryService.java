package org.careerpath.salary;

import java.util.List;

import org.careerpath.career.CareerHeader;
import org.careerpath.career.CareerRepository;
import org.careerpath.career.ContentNotFoundException;
import org.careerpath.career.SalaryBandRepository;
import org.careerpath.career.SalaryRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Salary pages' view models, from the guide's bands. */
@Service
@Transactional(readOnly = true)
class SalaryService {

	private final CareerRepository careers;

	private final SalaryBandRepository bands;

	SalaryService(CareerRepository careers, SalaryBandRepository bands) {
		this.careers = careers;
		this.bands = bands;
	}

	/** 2 queries: career, bands. */
	SalariesView salaries(String slug) {
		CareerHeader career = this.careers.findHeaderBySlug(slug)
			.orElseThrow(() -> ContentNotFoundException.career(slug));
		List<SalariesView.Band> items = this.bands.findByCareerSlug(slug)
			.stream()
			.map(band -> new SalariesView.Band(band.getKey(), band.getLevel(), SalaryRange.of(band).label(),
					band.isOpenEnded(), band.getExperienceText(), band.getDescription()))
			.toList();
		return new SalariesView(career, items);
	}

}
