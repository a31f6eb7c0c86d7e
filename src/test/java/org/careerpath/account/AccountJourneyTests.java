package org.careerpath.account;

import org.careerpath.support.CareerPathTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.careerpath.support.Browser;
import org.careerpath.support.Browser.Page;
import org.careerpath.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts as people use them, over real HTTP: registration, sign-in and its lockout, password, data, deletion. */
@CareerPathTest
class AccountJourneyTests {


	static final String PASSWORD = "correct horse battery";

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void passwordsAreStoredHashedByTheDelegatingEncoder() {
		String email = register(new Browser(this.port));
		String hash = this.jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
				email);
		assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain(PASSWORD);
	}

	@Test
	void theLongestAllowedPasswordWorks() {
		Browser browser = new Browser(this.port);
		String email = "long-" + System.nanoTime() + "@example.org";
		// 128 characters, 132 bytes in UTF-8: past bcrypt's limit of 72
		String password = ("é" + UUID.randomUUID() + "ü" + UUID.randomUUID() + "ß" + UUID.randomUUID() + "ø"
				+ UUID.randomUUID()).substring(0, 128);
		browser.get("/register");
		assertThat(browser.post("/register", "email", email, "password", password).url()).endsWith("/account");
		String another = new StringBuilder(password).reverse().toString();
		assertThat(browser.post("/account/password", "currentPassword", password, "newPassword", another).text())
			.contains("Your password is changed.");
	}

	@Test
	void registrationExplainsBadInputAndKeepsTheEmail() {
		Browser browser = new Browser(this.port);
		browser.get("/register");
		Page same = browser.post("/register", "email", "same@example.org", "password", "same@example.org");
		assertThat(same.text()).contains("Choose a password that is not your email address.");
		assertThat(same.html()).contains("value=\"same@example.org\"").doesNotContain("value=\"" + PASSWORD);
		Page shortOne = browser.post("/register", "email", "short@example.org", "password", "1234567");
		assertThat(shortOne.text()).contains("Use 8 to 128 characters.");
		Page notEmail = browser.post("/register", "email", "not an email", "password", PASSWORD);
		assertThat(notEmail.text()).contains("Enter an email address like name@example.com.");
		assertThat(notEmail.html()).contains("value=\"not an email\"");

		String email = register(new Browser(this.port));
		Page taken = browser.post("/register", "email", email, "password", PASSWORD);
		assertThat(taken.text()).contains("There is already an account with this email.");
	}

	@Test
	void fiveFailuresLockTheAddressForFifteenMinutesWithTheSameMessageForUnknownAddresses() {
		String email = register(new Browser(this.port));
		for (String address : new String[] { email, "nobody-" + System.nanoTime() + "@example.org" }) {
			Browser browser = new Browser(this.port);
			browser.get("/signin");
			for (int i = 0; i < 5; i++) {
				Page failed = browser.post("/signin", "email", address, "password", "wrong password " + i);
				assertThat(failed.text()).as("attempt %d", i + 1).contains("That email and password do not match an account.");
			}
			Page locked = browser.post("/signin", "email", address, "password", PASSWORD);
			assertThat(locked.text()).contains("Too many attempts, try again later.");
			assertThat(locked.url()).contains("/signin");
		}
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		Browser browser = new Browser(this.port);
		browser.get("/signin");
		assertThat(browser.post("/signin", "email", email, "password", PASSWORD).url()).endsWith("/account");
	}

	@Test
	void signingInChangesTheSessionId() {
		String email = register(new Browser(this.port));
		Browser browser = new Browser(this.port);
		Page form = browser.get("/account"); // remembered in a new session, then sent to sign in
		assertThat(form.url()).endsWith("/signin");
		assertThat(form.setCookies()).as("the CSRF token is a Lax, HttpOnly cookie")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly").contains("SameSite=Lax"));
		String before = browser.cookie("SESSION").orElseThrow();
		assertThat(browser.post("/signin", "email", email, "password", PASSWORD).url()).contains("/account");
		assertThat(browser.cookie("SESSION")).isPresent().get().isNotEqualTo(before);
	}

	@Test
	void readingNeedsNoSessionAndAFormStillWorksAfterTheSessionIsGone() {
		Browser browser = new Browser(this.port);
		browser.get("/careers/director-of-clinical-services/progress");
		assertThat(browser.cookie("SESSION")).as("no server session just for reading").isEmpty();
		browser.forget("SESSION"); // as after a restart
		Page saved = browser.post("/careers/director-of-clinical-services/progress/steps/networking/done", "done",
				"true");
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.text()).contains("1 of 10 steps done");
	}

	@Test
	void deletingAnAccountOrChangingItsPasswordEndsItsOtherSessions() {
		Browser here = new Browser(this.port);
		String email = register(here);
		Browser elsewhere = new Browser(this.port);
		elsewhere.get("/signin");
		elsewhere.post("/signin", "email", email, "password", PASSWORD);
		assertThat(elsewhere.get("/account").url()).endsWith("/account");

		here.post("/account/password", "currentPassword", PASSWORD, "newPassword", "the new secret phrase");
		assertThat(here.get("/account").url()).as("this session goes on").endsWith("/account");
		Page ended = elsewhere.get("/account");
		assertThat(ended.url()).contains("/signin");
		assertThat(ended.text()).contains("You were signed out because your account changed");

		elsewhere.get("/signin");
		elsewhere.post("/signin", "email", email, "password", "the new secret phrase");
		long accountId = this.jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
		here.get("/account/delete");
		here.post("/account/delete", "password", "the new secret phrase", "confirm", "true");
		assertThat(elsewhere.get("/account").url()).contains("/signin");
		elsewhere.get("/careers/director-of-clinical-services/progress");
		elsewhere.post("/careers/director-of-clinical-services/progress/steps/networking/done", "done", "true");
		assertThat(this.jdbc.queryForObject("select count(*) from progress_profile where account_id = ?", Integer.class,
				accountId))
			.as("no progress is kept for a deleted account").isZero();
	}

	@Test
	void accountPagesNeedASignedInPerson() {
		Page page = new Browser(this.port).get("/account");
		assertThat(page.url()).endsWith("/signin");
	}

	@Test
	void passwordChangeNeedsTheCurrentPassword() {
		Browser browser = new Browser(this.port);
		String email = register(browser);
		Page wrong = browser.post("/account/password", "currentPassword", "not it", "newPassword", "a new long secret");
		assertThat(wrong.text()).contains("That password is not right.");
		Page changed = browser.post("/account/password", "currentPassword", PASSWORD, "newPassword", "a new long secret");
		assertThat(changed.text()).contains("Your password is changed.");
		browser.post("/signout");
		browser.get("/signin");
		assertThat(browser.post("/signin", "email", email, "password", PASSWORD).url()).contains("error");
		assertThat(browser.post("/signin", "email", email, "password", "a new long secret").url()).endsWith("/account");
	}

	@Test
	void wrongPasswordsOnTheAccountPageCountTowardsTheLockout() {
		Browser browser = new Browser(this.port);
		String email = register(browser);
		for (int i = 0; i < 5; i++) {
			Page wrong = browser.post("/account/password", "currentPassword", "guess " + i, "newPassword",
					"a new long secret");
			assertThat(wrong.text()).contains("That password is not right.");
		}
		Page right = browser.post("/account/password", "currentPassword", PASSWORD, "newPassword", "a new long secret");
		assertThat(right.text()).as("even the right password is refused while locked")
			.contains("That password is not right.");
		browser.post("/signout");
		browser.get("/signin");
		assertThat(browser.post("/signin", "email", email, "password", PASSWORD).url()).contains("locked");
	}

	@Test
	void twoRegistrationsOfOneAddressAtOnceMakeOneAccount() throws Exception {
		String email = "twice-" + System.nanoTime() + "@example.org";
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Page>> pages = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Browser browser = new Browser(this.port);
			browser.get("/register");
			pages.add(pool.submit(() -> {
				start.await();
				return browser.post("/register", "email", email, "password", PASSWORD);
			}));
		}
		start.countDown();
		List<Page> answers = new ArrayList<>();
		for (Future<Page> page : pages) {
			answers.add(page.get(30, TimeUnit.SECONDS));
		}
		pool.shutdownNow();
		assertThat(answers).extracting(Page::status).as("one account, one clear refusal, never a 500")
			.containsExactlyInAnyOrder(200, 400);
		assertThat(answers).filteredOn(page -> page.url().endsWith("/account")).hasSize(1);
		assertThat(answers).filteredOn(page -> page.text().contains("There is already an account with this email"))
			.hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email))
			.isEqualTo(1);
	}

	@Test
	void downloadHasTheAccountAndItsProgressAndDeletionRemovesBoth() {
		Browser browser = new Browser(this.port);
		String email = register(browser);
		browser.get("/careers/director-of-clinical-services/progress");
		browser.post("/careers/director-of-clinical-services/progress/steps/networking/details", "note",
				"met a mentor", "completedOn", "", "evidenceUrl", "");
		String data = browser.get("/account/export").html();
		assertThat(data).contains("\"email\":\"" + email + "\"").contains("met a mentor")
			.contains("director-of-clinical-services");

		browser.get("/account/delete");
		Page unconfirmed = browser.post("/account/delete", "password", PASSWORD);
		assertThat(unconfirmed.text()).contains("Tick the box to confirm");
		Page wrong = browser.post("/account/delete", "password", "not it", "confirm", "true");
		assertThat(wrong.text()).contains("That password is not right.");
		Page deleted = browser.post("/account/delete", "password", PASSWORD, "confirm", "true");
		assertThat(deleted.text()).contains("Your account and all its data are deleted.").contains("Sign in");
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from step_progress where note = 'met a mentor'",
				Integer.class)).isZero();
	}

	private String register(Browser browser) {
		String email = "person-" + System.nanoTime() + "@example.org";
		browser.get("/register");
		Page page = browser.post("/register", "email", email, "password", PASSWORD);
		assertThat(page.url()).endsWith("/account");
		return email;
	}

}
