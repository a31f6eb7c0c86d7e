package org.careerpath.career.guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.careerpath.career.GuidesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one valid guide over the career tables in one transaction: rows are found by slug and stable keys and
 * updated in place, so ids, and everything that refers to them, stay. A step, action or rung the file no longer has
 * is retired (people's progress may refer to it); other items the file dropped are deleted. Instances take one lock
 * row first, so two starting at once write one after the other, and the second finds nothing to do.
 */
@Component
class GuideStore {

	enum Outcome {

		ADDED, UPDATED, UNCHANGED

	}

	record Result(Outcome outcome, int retired) {
	}

	/** A row to write: its stable key and its other columns in order. */
	private record Row(String key, Map<String, Object> columns) {
	}

	private record Existing(long id, String hash, boolean retired) {
	}

	/** Rows without keys of their own, rewritten whole: step links, tips, duties. */
	private static final List<String> REPLACED = List.of(
			"delete from step_skill where step_id in (select id from roadmap_step where career_id = ?)",
			"delete from step_credential where step_id in (select id from roadmap_step where career_id = ?)",
			"delete from ladder_tip where rung_id in (select id from ladder_rung where career_id = ?)",
			"delete from responsibility_duty where area_id in (select id from responsibility_area where career_id = ?)");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	GuideStore(DataSource dataSource, ApplicationEventPublisher events) {
		this.jdbc = JdbcClient.create(dataSource);
		this.events = events;
	}

	@Transactional
	Result write(GuideFile guide, String contentHash) {
		this.jdbc.sql("select id from guide_load_lock where id = 1 for update").query(Integer.class).single();
		Optional<Existing> existing = this.jdbc
			.sql("select id, content_hash, retired from career where slug = ?")
			.param(guide.slug())
			.query((rs, row) -> new Existing(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.optional();
		if (existing.isPresent() && contentHash.equals(existing.get().hash()) && !existing.get().retired()) {
			return new Result(Outcome.UNCHANGED, 0);
		}
		long careerId = writeCareer(guide, contentHash, existing.map(Existing::id));
		// Rows that are simply replaced go first, so that what they point at may be deleted.
		for (String replaced : REPLACED) {
			this.jdbc.sql(replaced).param(careerId).update();
		}

		int[] retired = { 0 };
		Map<String, Long> skills = sync("skill", "skill_key", "career_id", careerId, false, retired,
				guide.skills().stream().map(skill -> row(skill.key(), "name", skill.name(), "description",
						skill.description())).toList());
		Map<String, Long> credentials = sync("credential", "credential_key", "career_id", careerId, false, retired,
				guide.credentials().stream().map(credential -> row(credential.key(), "name", credential.name(),
						"abbreviation", CareerColumns.text(credential.abbreviation()), "kind", credential.kind().toUpperCase(),
						"description", credential.description())).toList());
		Map<String, Long> steps = sync("roadmap_step", "step_key", "career_id", careerId, true, retired,
				guide.steps().stream().map(step -> row(step.key(), "title", step.title().strip(), "summary",
						step.summaryOrFirstParagraph(), "body", step.body().strip())).toList());
		for (GuideFile.Step step : guide.steps()) {
			long stepId = steps.get(step.key());
			sync("step_action", "action_key", "step_id", stepId, true, retired, step.actions().stream()
				.map(action -> row(action.key(), "label", action.label().strip())).toList());
			step.skills().forEach(link -> this.jdbc.sql("insert into step_skill (step_id, skill_id) values (?, ?)")
				.params(stepId, skills.get(link.key())).update());
			step.credentials().forEach(link -> this.jdbc
				.sql("insert into step_credential (step_id, credential_id) values (?, ?)")
				.params(stepId, credentials.get(link.key())).update());
		}
		Map<String, Long> rungs = sync("ladder_rung", "rung_key", "career_id", careerId, true, retired,
				guide.ladder().stream().map(rung -> row(rung.key(), "stage", rung.stage(), "title", rung.title(),
						"description", rung.description().strip(), "tips_intro", CareerColumns.text(rung.tipsIntro()))).toList());
		for (GuideFile.Rung rung : guide.ladder()) {
			for (int i = 0; i < rung.tips().size(); i++) {
				GuideFile.Tip tip = rung.tips().get(i);
				this.jdbc.sql("insert into ladder_tip (rung_id, position, title, tip_text) values (?, ?, ?, ?)")
					.params(rungs.get(rung.key()), i + 1, tip.title().strip(), tip.text().strip()).update();
			}
		}
		List<GuideFile.Band> bands = (guide.salaries() != null) ? guide.salaries().bands() : List.of();
		sync("salary_band", "band_key", "career_id", careerId, false, retired, bands.stream().map(this::band).toList());
		List<GuideFile.Area> areas = (guide.responsibilities() != null) ? guide.responsibilities().areas() : List.of();
		Map<String, Long> areaIds = sync("responsibility_area", "area_key", "career_id", careerId, false, retired,
				areas.stream().map(area -> row(area.key(), "title", area.title().strip())).toList());
		for (GuideFile.Area area : areas) {
			for (int i = 0; i < area.duties().size(); i++) {
				this.jdbc.sql("insert into responsibility_duty (area_id, position, description) values (?, ?, ?)")
					.params(areaIds.get(area.key()), i + 1, area.duties().get(i).strip()).update();
			}
		}
		sync("faq_entry", "faq_key", "career_id", careerId, false, retired, guide.faq().stream()
			.map(entry -> row(entry.key(), "question", entry.question().strip(), "answer", entry.answer().strip()))
			.toList());
		this.events.publishEvent(new GuidesChanged(guide.slug()));
		return new Result(existing.isPresent() ? Outcome.UPDATED : Outcome.ADDED, retired[0]);
	}

	/** Marks retired every career whose guide file is gone (nothing of it is deleted); their slugs. */
	@Transactional
	List<String> retireCareersOtherThan(List<String> slugs) {
		this.jdbc.sql("select id from guide_load_lock where id = 1 for update").query(Integer.class).single();
		List<String> retiring = this.jdbc.sql("select slug from career where retired = false")
			.query(String.class)
			.list()
			.stream()
			.filter(slug -> !slugs.contains(slug))
			.toList();
		retiring.forEach(slug -> {
			this.jdbc.sql("update career set retired = true where slug = ?").param(slug).update();
			this.events.publishEvent(new GuidesChanged(slug));
		});
		return retiring;
	}

	private long writeCareer(GuideFile guide, String contentHash, Optional<Long> id) {
		Map<String, Object> columns = CareerColumns.of(guide, contentHash);
		if (id.isPresent()) {
			update("career", id.get(), columns);
			return id.get();
		}
		columns.put("slug", guide.slug());
		return insert("career", columns);
	}

	private Row band(GuideFile.Band band) {
		GuideFile.Years years = band.experience();
		return row(band.key(), "level_name", band.level().strip(), "median_min", band.low().intValue(), "median_max",
				band.high().intValue(), "open_ended", band.isOpenEnded(), "experience_text",
				(years != null) ? years.text().strip() : null, "experience_min_years",
				(years != null) ? years.from() : null, "experience_max_years", (years != null) ? years.to() : null,
				"description", band.description().strip());
	}

	/**
	 * Makes the table's rows under one parent those given, in order: updated by key, inserted when new; the others
	 * retired (when the table keeps retired rows) or deleted. Returns every given key's id.
	 */
	private Map<String, Long> sync(String table, String keyColumn, String parentColumn, long parentId,
			boolean retireMissing, int[] retired, List<Row> rows) {
		Map<String, Long> existing = new HashMap<>();
		this.jdbc.sql("select id, " + keyColumn + " from " + table + " where " + parentColumn + " = ?")
			.param(parentId)
			.query((rs, row) -> existing.put(rs.getString(2), rs.getLong(1)))
			.list();
		Map<String, Long> ids = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Map<String, Object> columns = new LinkedHashMap<>(row.columns());
			columns.put("position", i + 1);
			if (retireMissing) {
				columns.put("retired", false);
			}
			Long id = existing.remove(row.key());
			if (id != null) {
				update(table, id, columns);
			}
			else {
				columns.put(parentColumn, parentId);
				columns.put(keyColumn, row.key());
				id = insert(table, columns);
			}
			ids.put(row.key(), id);
		}
		for (long gone : existing.values()) {
			if (retireMissing) {
				retired[0] += this.jdbc.sql("update " + table + " set retired = true where id = ? and retired = false")
					.param(gone)
					.update();
			}
			else {
				this.jdbc.sql("delete from " + table + " where id = ?").param(gone).update();
			}
		}
		return ids;
	}

	private void update(String table, long id, Map<String, Object> columns) {
		List<Object> values = new ArrayList<>(columns.values());
		values.add(id);
		this.jdbc.sql("update " + table + " set " + String.join(" = ?, ", columns.keySet()) + " = ? where id = ?")
			.params(values)
			.update();
	}

	private long insert(String table, Map<String, Object> columns) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")")
			.params(new ArrayList<>(columns.values()))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	private static Row row(String key, Object... namesAndValues) {
		Map<String, Object> columns = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return new Row(key, columns);
	}

}
