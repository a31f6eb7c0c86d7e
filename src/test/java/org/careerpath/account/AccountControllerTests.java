package org.careerpath.account;

import org.careerpath.system.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AccountController.class)
@Import(SecurityConfig.class)
class AccountControllerTests {

	static final AccountUser ALEX = new AccountUser(3, "alex@example.org", "{noop}secret");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AccountService accounts;

	@Test
	void registrationFormHasLabelledFields() throws Exception {
		this.mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
			.andExpect(content().string(containsString("autocomplete=\"new-password\"")));
	}

	@Test
	void invalidRegistrationIsShownAgainWithTheEmailKeptAndTheAccountNotCreated() throws Exception {
		this.mvc.perform(post("/register").param("email", "alex@example.org").param("password", "alex@example.org").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("registration", "password", "password.sameAsEmail"))
			.andExpect(content().string(containsString("value=\"alex@example.org\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		verify(this.accounts, never()).register(anyString(), anyString());
	}

	@Test
	void takenEmailSaysSo() throws Exception {
		given(this.accounts.register("alex@example.org", "a long enough secret")).willThrow(new AccountService.EmailTakenException());
		this.mvc.perform(post("/register").param("email", "alex@example.org").param("password", "a long enough secret").with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("registration", "email", "email.taken"));
	}

	@Test
	void registeringSignsInAndGoesToTheAccount() throws Exception {
		given(this.accounts.register("alex@example.org", "a long enough secret")).willReturn(ALEX);
		this.mvc.perform(post("/register").param("email", "alex@example.org").param("password", "a long enough secret").with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(authenticated().withUsername(ALEX.getUsername()));
	}

	@Test
	void registeringComesBackToTheCareerPageItStartedFromButNeverLeavesTheSite() throws Exception {
		given(this.accounts.register("alex@example.org", "a long enough secret")).willReturn(ALEX);
		this.mvc
			.perform(post("/register").param("email", "alex@example.org")
				.param("password", "a long enough secret")
				.param("continue", "/careers/nurse-manager/progress")
				.with(csrf()))
			.andExpect(redirectedUrl("/careers/nurse-manager/progress"))
			.andExpect(flash().attribute("flash", "account.registered.continue"));
		for (String elsewhere : new String[] { "https://evil.example/", "//evil.example/x", "/account/delete",
				"/careers/../signout" }) {
			this.mvc
				.perform(post("/register").param("email", "alex@example.org")
					.param("password", "a long enough secret")
					.param("continue", elsewhere)
					.with(csrf()))
				.andExpect(redirectedUrl("/account"));
		}
	}

	@Test
	void theSignInAndRegistrationPagesCarryOnlyASafeContinueAddress() throws Exception {
		this.mvc.perform(get("/signin").param("continue", "/careers/nurse-manager/roadmap"))
			.andExpect(content().string(containsString("name=\"continue\" value=\"/careers/nurse-manager/roadmap\"")));
		this.mvc.perform(get("/register").param("continue", "https://evil.example/"))
			.andExpect(content().string(not(containsString("evil.example"))));
	}

	@Test
	void theAccountPageNeedsSigningIn() throws Exception {
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/account/export")).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void theAccountPageShowsWhoIsSignedIn() throws Exception {
		this.mvc.perform(get("/account").with(user(ALEX)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Signed in as alex@example.org")))
			.andExpect(content().string(not(containsString("secret"))));
	}

	@Test
	void signInPageExplainsFailureAndLockoutAlike() throws Exception {
		this.mvc.perform(get("/signin").param("error", ""))
			.andExpect(content().string(containsString("That email and password do not match an account.")));
		this.mvc.perform(get("/signin").param("locked", ""))
			.andExpect(content().string(containsString("Too many attempts, try again later.")));
	}

}
