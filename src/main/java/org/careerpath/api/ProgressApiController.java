package org.careerpath.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.careerpath.progress.GuestCookies;
import org.careerpath.progress.OwnProgress;
import org.careerpath.progress.Person;
import org.careerpath.progress.ProgressFile;
import org.careerpath.system.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The asking person's own progress: whoever the request's guest cookie or signed-in session belongs to, never an id in
 * the address. Same-origin only (no CORS); every change needs the CSRF token, as the site's forms do; nothing is
 * cached anywhere.
 */
@RestController
@RequestMapping(path = ApiAddresses.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Your progress", description = "The progress of whoever the request belongs to (guest cookie or "
		+ "signed-in session). A change needs the token of GET /api/v1/csrf in the X-XSRF-TOKEN header.")
class ProgressApiController {

	static final CacheControl PERSONAL = CacheControl.noStore().cachePrivate();

	private final OwnProgress progress;

	ProgressApiController(OwnProgress progress) {
		this.progress = progress;
	}

	@Operation(summary = "This visitor's CSRF token",
			description = "Sets the XSRF-TOKEN cookie too: send both back with every change.")
	@GetMapping("/csrf")
	ResponseEntity<CsrfDocument> showCsrfToken(CsrfToken token) {
		return ResponseEntity.ok().cacheControl(PERSONAL).body(new CsrfDocument(token.getHeaderName(), token.getToken()));
	}

	@Operation(summary = "One step's state: status, actions ticked, note, date and link")
	@GetMapping("/careers/{slug}/progress/steps/{stepKey}")
	ResponseEntity<StepProgressDocument> showStep(@PathVariable String slug, @PathVariable String stepKey,
			Person person) {
		return ResponseEntity.ok().cacheControl(PERSONAL).body(document(slug, this.progress.step(person, slug, stepKey)));
	}

	@Operation(summary = "Set one step's status and which of its actions are ticked",
			description = "A guest's first change starts their checklist and sets the guest cookie.",
			security = @SecurityRequirement(name = ApiConfig.CSRF_SCHEME))
	@PutMapping(path = "/careers/{slug}/progress/steps/{stepKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StepProgressDocument> updateStep(@PathVariable String slug, @PathVariable String stepKey,
			@Valid @RequestBody StepChange change, Person person, HttpServletRequest request,
			HttpServletResponse response) {
		OwnProgress.Saved saved = this.progress.saveStep(person, slug, stepKey, change.status(),
				new LinkedHashSet<>(change.actionsDone()));
		GuestCookies.keep(saved.guestToken(), request, response);
		return ResponseEntity.ok().cacheControl(PERSONAL).body(document(slug, saved.step()));
	}

	@Operation(summary = "The progress file of a roadmap",
			description = "The same document as the checklist's download: import it again with PUT.")
	@GetMapping("/careers/{slug}/progress")
	ResponseEntity<ProgressFile> exportProgress(@PathVariable String slug, Person person) {
		return ResponseEntity.ok().cacheControl(PERSONAL).body(this.progress.export(person, slug));
	}

	@Operation(summary = "Replace a roadmap's progress with a progress file",
			description = "All or nothing, with the checks of the checklist's import; at most 256 KB. Answers with "
					+ "the progress as it now is.",
			security = @SecurityRequirement(name = ApiConfig.CSRF_SCHEME))
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProgressFile.class)))
	@PutMapping(path = "/careers/{slug}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProgressFile> importProgress(@PathVariable String slug, InputStream body, Person person,
			Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] content = body.readNBytes(OwnProgress.maxFileBytes() + 1);
		if (content.length > OwnProgress.maxFileBytes()) {
			throw new ApiException(Problems.Kind.TOO_LARGE,
					"A progress file is at most " + OwnProgress.maxFileBytes() / 1024 + " KB.", Map.of());
		}
		OwnProgress.Imported imported = this.progress.importFile(person, slug, content, locale);
		if (!imported.isDone()) {
			throw ApiException.withErrors(Problems.Kind.INVALID_PROGRESS_FILE, Problems.Kind.INVALID_PROGRESS_FILE.detail(),
					imported.problems().stream().map(problem -> new ApiException.FieldError(null, problem)).toList());
		}
		GuestCookies.keep(imported.guestToken(), request, response);
		return ResponseEntity.ok().cacheControl(PERSONAL).body(imported.file());
	}

	private static StepProgressDocument document(String slug, OwnProgress.StepState state) {
		List<StepProgressDocument.ActionState> actions = state.actions()
			.stream()
			.map(action -> new StepProgressDocument.ActionState(action.key(), action.label(), action.done()))
			.toList();
		return new StepProgressDocument(slug, state.key(), state.title(), state.status(), actions, state.note(),
				state.completedOn(), state.evidenceUrl(), state.updatedAt(),
				new StepProgressDocument.RoadmapCounts(state.stepsDone(), state.stepsSkipped(), state.stepsTotal()));
	}

}
