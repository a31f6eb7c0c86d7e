package org.careerpath.api;

import java.util.UUID;

import org.careerpath.api.ApiClient.Answer;
import org.careerpath.support.CareerPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's own progress through the API: a guest's cookie or an account's session, CSRF on every change. */
@CareerPathTest
class ProgressApiTests {

	static final String PROGRESS = "/api/v1/careers/director-of-clinical-services/progress";

	static final String STEP = PROGRESS + "/steps/educational-background";

	static final String CHANGE = """
			{"status": "IN_PROGRESS", "actionsDone": ["earn-bachelors-degree", "complete-masters-degree"]}""";

	@LocalServerPort
	int port;

	@Test
	void aGuestSetsAStepWithTheTokenAndReadsItBackAndNobodyElseSeesIt() {
		ApiClient guest = new ApiClient(this.port);
		Answer before = guest.get(STEP);
		assertThat(before.json().get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(before.json().get("actions").findValuesAsString("key")).contains("earn-bachelors-degree");

		Answer saved = guest.put(STEP, CHANGE);

		assertThat(saved.status()).isEqualTo(200);
		assertThat(guest.cookie("careerpath_guest")).isPresent();
		JsonNode state = guest.get(STEP).json();
		assertThat(state.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(state.get("actions").get(0).get("done").asBoolean()).isTrue();
		assertThat(state.get("actions").get(1).get("done").asBoolean()).isTrue();
		assertThat(state.get("actions").get(2).get("done").asBoolean()).isFalse();
		assertThat(state.get("roadmap").get("total").asInt()).isEqualTo(10);
		assertThat(saved.json()).isEqualTo(state);
		JsonNode stranger = new ApiClient(this.port).get(STEP).json();
		assertThat(stranger.get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(stranger.get("actions").findValuesAsString("done")).containsOnly("false");
	}

	@Test
	void markingTheStepDoneCountsOnTheRoadmapAndUntickingLeavesTheOthers() {
		ApiClient guest = new ApiClient(this.port);
		guest.put(STEP, CHANGE);
		JsonNode done = guest.put(STEP, """
				{"status": "DONE", "actionsDone": ["complete-masters-degree"]}""").json();

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("roadmap").get("done").asInt()).isEqualTo(1);
		assertThat(done.get("actions").get(0).get("done").asBoolean()).isFalse();
		assertThat(done.get("actions").get(1).get("done").asBoolean()).isTrue();
	}

	@Test
	void aSignedInPersonsProgressFollowsTheirSession() {
		ApiClient person = new ApiClient(this.port);
		person.register("api-" + UUID.randomUUID() + "@example.org");
		person.put(STEP, CHANGE);

		assertThat(person.cookie("careerpath_guest")).isEmpty();
		assertThat(person.get(STEP).json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(person.get(PROGRESS).json().get("steps").get(0).get("key").asString())
			.isEqualTo("educational-background");
	}

	@Test
	void aChangeWithoutTheTokenIsRefusedAndChangesNothing() {
		ApiClient guest = new ApiClient(this.port);
		guest.token(); // has the cookie, but does not send the token
		Answer refused = guest.put(STEP, CHANGE, "Content-Type", "application/json");
		Answer forged = guest.put(STEP, CHANGE, "Content-Type", "application/json", "X-XSRF-TOKEN", "forged");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:careerpath:problem:csrf-token");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(guest.cookie("careerpath_guest")).isEmpty();
		assertThat(guest.get(STEP).json().get("status").asString()).isEqualTo("NOT_STARTED");
	}

	@Test
	void badValuesNameTheirFieldAndUnknownKeysAreNotFound() {
		ApiClient guest = new ApiClient(this.port);
		Answer status = guest.put(STEP, """
				{"status": "FINISHED", "actionsDone": []}""");
		Answer missing = guest.put(STEP, """
				{"actionsDone": []}""");
		Answer action = guest.put(STEP, """
				{"status": "DONE", "actionsDone": ["fly-to-the-moon"]}""");
		Answer notJson = guest.put(STEP, "{status");
		Answer text = guest.put(STEP, CHANGE, "Content-Type", "text/plain", "X-XSRF-TOKEN", guest.token());
		Answer step = guest.put(PROGRESS + "/steps/fly-to-the-moon", CHANGE);

		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().get("field").asString()).isEqualTo("status");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		assertThat(action.status()).isEqualTo(400);
		assertThat(action.json().get("field").asString()).isEqualTo("actionsDone");
		assertThat(action.json().get("detail").asString()).contains("fly-to-the-moon");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.json().get("type").asString()).isEqualTo("urn:careerpath:problem:invalid-request");
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.json().get("type").asString()).isEqualTo("urn:careerpath:problem:unsupported-media-type");
		assertThat(step.status()).isEqualTo(404);
		assertThat(step.json().get("type").asString()).isEqualTo("urn:careerpath:problem:not-found");
		assertThat(guest.cookie("careerpath_guest")).as("nothing was saved, so no guest was made").isEmpty();
	}

	@Test
	void aBodyIsReadStrictlyAndNothingUnknownIsDroppedOrGuessed() {
		ApiClient guest = new ApiClient(this.port);
		Answer number = guest.put(STEP, """
				{"status": 2, "actionsDone": []}""");
		Answer numberText = guest.put(STEP, """
				{"status": "2", "actionsDone": []}""");
		Answer note = guest.put(STEP, """
				{"status": "DONE", "actionsDone": [], "note": "saved?"}""");
		Answer badAction = guest.put(STEP, """
				{"status": "DONE", "actionsDone": ["earn-bachelors-degree", 7, {}]}""");
		Answer twice = guest.put(STEP, """
				{"status": "DONE", "actionsDone": [], "status": "SKIPPED"}""");

		assertThat(number.status()).isEqualTo(400);
		assertThat(number.json().get("field").asString()).isEqualTo("status");
		assertThat(numberText.json().get("field").asString()).isEqualTo("status");
		assertThat(note.status()).isEqualTo(400);
		assertThat(note.json().get("field").asString()).isEqualTo("note");
		assertThat(badAction.json().get("field").asString()).isEqualTo("actionsDone[2]");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(guest.get(STEP).json().get("status").asString()).isEqualTo("NOT_STARTED");
	}

	@Test
	void anAnswerTheClientCannotTakeIsRefusedBeforeAnythingChanges() {
		ApiClient guest = new ApiClient(this.port);
		Answer utf16 = guest.put(STEP, """
				{"status": "DONE", "actionsDone": []}""", "Content-Type", "application/json", "X-XSRF-TOKEN",
				guest.token(), "Accept", "application/json; charset=utf-16");

		assertThat(utf16.status()).isEqualTo(406);
		assertThat(utf16.json().get("type").asString()).isEqualTo("urn:careerpath:problem:not-acceptable");
		assertThat(guest.get(STEP).json().get("status").asString()).isEqualTo("NOT_STARTED");
		Answer guide = guest.get("/api/v1/careers/director-of-clinical-services", "Accept", "application/json; charset=latin1");
		assertThat(guide.status()).isEqualTo(406);
		assertThat(guide.header("Cache-Control")).isEqualTo("no-store, private");
		assertThat(guest.get(STEP, "Accept", "text/html, application/json;q=0.5").status()).isEqualTo(200);
	}

	@Test
	void theTokenIsTakenFromItsHeaderOnlyNeverFromTheAddress() {
		ApiClient guest = new ApiClient(this.port);
		String token = guest.token();
		Answer inAddress = guest.put(STEP + "?_csrf=" + java.net.URLEncoder.encode(token,
				java.nio.charset.StandardCharsets.UTF_8), CHANGE, "Content-Type", "application/json");

		assertThat(inAddress.status()).isEqualTo(403);
		assertThat(guest.put(STEP, CHANGE, "Content-Type", "application/json", "X-XSRF-TOKEN", token).status())
			.isEqualTo(200);
	}

	@Test
	void aBodyLargerThanAnyTheApiTakesIsRefusedWhetherItsLengthIsSaidOrNot() {
		ApiClient guest = new ApiClient(this.port);
		String padded = "{\"status\": \"DONE\", \"actionsDone\": []" + " ".repeat(400 * 1024) + "}";
		Answer declared = guest.put(STEP, padded);
		Answer streamed = guest.putStreamed(STEP, padded.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(declared.status()).isEqualTo(413);
		assertThat(streamed.status()).isEqualTo(413);
		assertThat(streamed.json().get("type").asString()).isEqualTo("urn:careerpath:problem:too-large");
		assertThat(guest.get(STEP).json().get("status").asString()).isEqualTo("NOT_STARTED");
	}

	@Test
	void theProgressFileGoesOutAndIntoAnotherPersonAllOrNothing() {
		ApiClient first = new ApiClient(this.port);
		first.put(STEP, CHANGE);
		String file = first.get(PROGRESS).body();
		ApiClient second = new ApiClient(this.port);

		Answer imported = second.put(PROGRESS, file);

		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().get("format").asString()).isEqualTo("careerpath-progress");
		assertThat(second.get(STEP).json().get("actions").get(1).get("done").asBoolean()).isTrue();
		Answer wrong = second.put(PROGRESS, file.replace("educational-background", "fly-to-the-moon"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("type").asString()).isEqualTo("urn:careerpath:problem:invalid-progress-file");
		assertThat(wrong.json().get("errors").get(0).get("message").asString()).contains("fly-to-the-moon");
		assertThat(second.get(STEP).json().get("status").asString()).as("nothing changed").isEqualTo("IN_PROGRESS");
		Answer huge = second.put(PROGRESS, " ".repeat(300 * 1024) + file);
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.json().get("type").asString()).isEqualTo("urn:careerpath:problem:too-large");
	}

	@Test
	void personalAnswersAreNeverCachedNorOfferedToOtherSites() {
		ApiClient guest = new ApiClient(this.port);
		guest.put(STEP, CHANGE);
		Answer step = guest.get(STEP, "Origin", "https://elsewhere.example.org");
		Answer file = guest.get(PROGRESS);
		Answer token = guest.get("/api/v1/csrf");

		for (Answer personal : new Answer[] { step, file, token }) {
			assertThat(personal.header("Cache-Control")).isEqualTo("no-store, private");
			assertThat(personal.header("ETag")).isNull();
		}
		assertThat(step.header("Access-Control-Allow-Origin")).isNull();
		assertThat(guest.preflight(STEP, "https://elsewhere.example.org", "PUT").header("Access-Control-Allow-Origin"))
			.isNull();
	}

}
